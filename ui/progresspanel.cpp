#include "progresspanel.h"

#include "model/simulationmodel.h"
#include "roles.h"
#include "theme.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace simwatch {

ProgressPanel::ProgressPanel(QWidget *parent)
    : QWidget(parent)
{
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 100);
    m_bar->setFormat(QStringLiteral("%p%"));
    m_bar->setTextVisible(true);
    m_bar->setAccessibleName(tr("Progress"));
    // A flat rounded bar. The sheet is the bar's own: it has no children for it to slow down.
    const QPalette pal = palette();
    m_bar->setStyleSheet(QStringLiteral(
                             "QProgressBar { border: none; border-radius: 7px; background: %1; min-height: 18px;"
                             " max-height: 18px; text-align: center; color: %2; selection-color: #ffffff; }"
                             "QProgressBar::chunk { border-radius: 7px; background: %3; }")
                             .arg(theme::trackColor(pal).name(), pal.color(QPalette::WindowText).name(),
                                  theme::accentColor().name()));

    m_counts = new QLabel(this);
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_outlook = new QLabel(this);
    m_outlook->setTextFormat(Qt::PlainText);
    m_outlook->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_bar);
    layout->addWidget(m_counts);
    layout->addWidget(m_outlook);
    clear();
}

QString ProgressPanel::countsText(int finished, int inProgress, int remaining, int total, int active)
{
    const QString calls = total == 1
        ? tr("Finished %1 \u00B7 In progress %2 \u00B7 Remaining %3 of %4 call")
        : tr("Finished %1 \u00B7 In progress %2 \u00B7 Remaining %3 of %4 calls");
    return calls.arg(finished).arg(inProgress).arg(remaining).arg(total)
        + QStringLiteral(" \u00B7 ") + tr("%1 active").arg(active);
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
                           M::TotalCallsRole, M::ActiveCallsRole, M::HasDataRole})) {
        if (hasData) {
            m_counts->setText(countsText(index.data(M::FinishedCallsRole).toInt(),
                                         index.data(M::InProgressCallsRole).toInt(),
                                         index.data(M::RemainingCallsRole).toInt(),
                                         index.data(M::TotalCallsRole).toInt(),
                                         index.data(M::ActiveCallsRole).toInt()));
        } else {
            m_counts->setText(tr("Waiting for the first answer from the server\u2026"));
        }
    }
}

void ProgressPanel::clear()
{
    m_bar->setValue(0);
    m_counts->setText(tr("No simulation selected"));
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
