#include "progresspanel.h"

#include "domain/numbertext.h"
#include "model/simulationmodel.h"
#include "roles.h"
#include "theme.h"
#include "uitext.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace simwatch {

ProgressPanel::ProgressPanel(QWidget *parent)
    : QWidget(parent)
{
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 100);
    m_bar->setFormat(percentPattern().arg(QStringLiteral("%p"))); // QProgressBar writes %p in its locale
    m_bar->setTextVisible(true);
    m_bar->setAccessibleName(tr("Progress"));
    // A flat rounded bar. The sheet is the bar's own: it has no children for it to slow down.
    const QPalette pal = palette();
    m_bar->setStyleSheet(QStringLiteral(
                             "QProgressBar { border: none; border-radius: 7px; background: %1; min-height: 18px;"
                             " max-height: 18px; text-align: center; color: %2; selection-color: %4; }"
                             "QProgressBar::chunk { border-radius: 7px; background: %3; }")
                             .arg(theme::trackColor(pal).name(), pal.color(QPalette::WindowText).name(),
                                  theme::accentColor().name(), theme::accentTextColor().name()));

    m_counts = new QLabel(this);
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_outlook = new QLabel(this);
    m_outlook->setTextFormat(Qt::PlainText);
    m_outlook->setWordWrap(true);

    m_verdicts = new QLabel(this);
    m_verdicts->setTextFormat(Qt::PlainText);
    m_verdicts->setWordWrap(true);
    m_verdicts->setObjectName(QStringLiteral("verdictCounts"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_bar);
    layout->addWidget(m_counts);
    layout->addWidget(m_outlook);
    layout->addWidget(m_verdicts);
    clear();
}

QString ProgressPanel::countsText(int finished, int inProgress, int remaining, int total, int active, bool stopped)
{
    if (stopped) {
        const QString ended = tr("Stopped after %1 of %Ln call(s)", nullptr, total).arg(numberText(finished));
        const int notRun = remaining + inProgress;
        return notRun > 0 ? ended + QStringLiteral(" \u00B7 ") + tr("%Ln call(s) not run", nullptr, notRun) : ended;
    }
    const QString calls = total == 1
        ? tr("Finished %1 \u00B7 In progress %2 \u00B7 Remaining %3 of %4 call")
        : tr("Finished %1 \u00B7 In progress %2 \u00B7 Remaining %3 of %4 calls");
    return calls.arg(numberText(finished), numberText(inProgress), numberText(remaining), numberText(total))
        + QStringLiteral(" \u00B7 ") + tr("%1 active").arg(numberText(active));
}

void ProgressPanel::refresh(const QModelIndex &index, const QList<int> &roles)
{
    if (!index.isValid()) {
        clear();
        return;
    }
    using M = SimulationModel;
    const bool hasData = index.data(M::HasDataRole).toBool();
    if (rolesTouch(roles, {M::ProgressRole, M::HasDataRole})) {
        m_bar->setValue(hasData ? qBound(0, index.data(M::ProgressRole).toInt(), 100) : 0);
    }
    if (rolesTouch(roles, {M::FinishedCallsRole, M::InProgressCallsRole, M::RemainingCallsRole,
                           M::TotalCallsRole, M::ActiveCallsRole, M::StatusRole, M::HasDataRole, M::ErrorRole})) {
        if (hasData) {
            m_counts->setText(countsText(index.data(M::FinishedCallsRole).toInt(),
                                         index.data(M::InProgressCallsRole).toInt(),
                                         index.data(M::RemainingCallsRole).toInt(),
                                         index.data(M::TotalCallsRole).toInt(),
                                         index.data(M::ActiveCallsRole).toInt(),
                                         Status(index.data(M::StatusRole).toInt()) == Status::Stopped));
        } else {
            const QString reason = UiText::noDataReason(UiText::errorFrom(index.data(M::ErrorRole)));
            m_counts->setText(reason.isEmpty() ? tr("Waiting for the first answer from the server\u2026") : reason);
        }
        m_bar->setAccessibleDescription(m_counts->text()); // a screen reader on the bar hears the counts too
    }
    if (rolesTouch(roles, {M::VerdictCountsRole, M::RecordingCountRole, M::HasDataRole})) {
        const QString text = verdictsText(index.data(M::VerdictCountsRole).value<VerdictCounts>(),
                                          index.data(M::RecordingCountRole).toInt());
        m_verdicts->setText(text);
        m_verdicts->setVisible(!text.isEmpty());
    }
}

QString ProgressPanel::verdictsText(const VerdictCounts &counts, int calls)
{
    if (calls <= 0)
        return {};
    const int toJudge = qMax(0, calls - counts.judged());
    // The counts in words: "pass", "fail", "unsure" are the verdicts' own names.
    QString text = tr("Your verdicts: %1 pass \u00B7 %2 fail \u00B7 %3 unsure").arg(numberText(counts.pass), numberText(counts.fail), numberText(counts.unsure));
    if (toJudge > 0)
        text += QStringLiteral(" \u00B7 ") + tr("%1 of %Ln call(s) to judge", nullptr, calls).arg(numberText(toJudge));
    else
        text += QStringLiteral(" \u00B7 ") + tr("every call judged");
    return text;
}

void ProgressPanel::clear()
{
    m_verdicts->clear();
    m_verdicts->hide();
    m_bar->setValue(0);
    m_counts->setText(tr("No simulation selected"));
    m_bar->setAccessibleDescription(m_counts->text());
    setOutlook({}, false);
}

void ProgressPanel::setOutlook(const QString &text, bool warning)
{
    // A warning is said in words and with a sign, not by colour alone.
    m_outlook->setText(warning ? QStringLiteral("\u26A0 ") + text : text);
    m_outlook->setStyleSheet(warning ? QStringLiteral("color: %1; font-weight: 600;").arg(theme::warningColor().name()) : QString());
    m_outlook->setVisible(!text.isEmpty());
}

} // namespace simwatch
