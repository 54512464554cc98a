#include "simulationheader.h"

#include "domain/numbertext.h"
#include "domain/untrustedtext.h"

#include "elidedlabel.h"
#include "model/simulationmodel.h"
#include "roles.h"
#include "statusbadge.h"
#include "uitext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace simwatch {

namespace {

QLabel *serverTextLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // server text: never interpreted as HTML
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SimulationHeader::SimulationHeader(QWidget *parent)
    : QWidget(parent)
{
    m_name = new ElidedLabel(this);
    m_name->setObjectName(QStringLiteral("simulationName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);

    m_id = serverTextLabel(this);
    m_id->setObjectName(QStringLiteral("secondaryText"));

    m_badge = new StatusBadge(this);

    m_agent = new ElidedLabel(this);
    m_agent->setObjectName(QStringLiteral("secondaryText"));
    m_facts = new ElidedLabel(this);
    m_facts->setObjectName(QStringLiteral("secondaryText"));
    m_created = serverTextLabel(this);
    m_created->setObjectName(QStringLiteral("secondaryText"));

    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    top->addWidget(m_name, 1);
    top->addWidget(m_badge, 0, Qt::AlignTop);

    const auto separator = [this] {
        auto *dot = new QLabel(QStringLiteral("\u00B7"), this);
        dot->setObjectName(QStringLiteral("secondaryText"));
        return dot;
    };
    // "Customer Support Agent (#1234) · Simulation #456"
    auto *agentRow = new QHBoxLayout;
    agentRow->setSpacing(8);
    agentRow->addWidget(m_agent);
    agentRow->addWidget(separator());
    agentRow->addWidget(m_id);
    agentRow->addStretch(1);
    m_id->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // "Created 8 May 2026 09:10 UTC · 4 scenarios × 2 calls · 3 at a time · up to 3 min per call"
    auto *factsRow = new QHBoxLayout;
    factsRow->setSpacing(8);
    factsRow->addWidget(m_created);
    m_factsSeparator = separator();
    factsRow->addWidget(m_factsSeparator);
    factsRow->addWidget(m_facts, 1);
    m_created->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(agentRow);
    layout->addLayout(factsRow);

    clear();
}

void SimulationHeader::refresh(const QModelIndex &index, const QList<int> &roles)
{
    if (!index.isValid()) {
        clear();
        return;
    }
    using M = SimulationModel;
    if (rolesTouch(roles, {Qt::DisplayRole, M::NameRole, M::HasDataRole})) {
        // The model's display text falls back on "Simulation #id" until a name is known.
        const QString name = index.data(M::NameRole).toString().trimmed();
        m_name->setText(name.isEmpty() ? index.data(Qt::DisplayRole).toString() : untrusted::forDisplay(name));
        m_id->setText(tr("Simulation #%1").arg(index.data(M::IdRole).toInt()));
    }
    if (rolesTouch(roles, {M::AgentIdRole, M::AgentNameRole, M::HasDataRole, M::ErrorRole})) {
        if (index.data(M::HasDataRole).toBool()) {
            m_agent->setText(UiText::agentText(index.data(M::AgentIdRole).toInt(),
                                               index.data(M::AgentNameRole).toString()));
        } else {
            const QString reason = UiText::noDataReason(UiText::errorFrom(index.data(M::ErrorRole)));
            m_agent->setText(reason.isEmpty() ? tr("Waiting for the server\u2026") : reason);
        }
    }
    if (rolesTouch(roles, {M::StatusRole, M::StatusTextRole, M::HasDataRole})) {
        if (index.data(M::HasDataRole).toBool())
            m_badge->setStatus(Status(index.data(M::StatusRole).toInt()), index.data(M::StatusTextRole).toString());
        else
            m_badge->clearStatus();
    }
    if (rolesTouch(roles, {M::ErrorRole, M::HasDataRole})) {
        // Shown data with a failing fetch beside it is the last known state, and says so.
        const bool failing = index.data(M::ErrorRole).value<ApiError>().isError();
        m_badge->setStale(failing && index.data(M::HasDataRole).toBool());
    }
    if (rolesTouch(roles, {M::SimulationRole, M::HasDataRole})) {
        m_facts->setText(factsText(index.data(M::SimulationRole).value<Simulation>()));
        m_factsSeparator->setVisible(!m_facts->text().isEmpty());
    }
    if (rolesTouch(roles, {M::CreatedRole, M::HasDataRole})) {
        const QDateTime created = index.data(M::CreatedRole).toDateTime();
        m_created->setText(UiText::createdText(created));
    }
}

void SimulationHeader::clear()
{
    m_badge->setStale(false);
    m_name->setText(tr("No simulation selected"));
    m_id->clear();
    m_agent->setText(tr("Agent unknown"));
    m_created->setText(UiText::createdText({}));
    m_badge->clearStatus();
    m_facts->clear();
    m_factsSeparator->hide();
}

QString SimulationHeader::factsText(const Simulation &s)
{
    QStringList parts;
    const int scenarios = int(s.scenarios.size());
    if (scenarios > 0 && s.numberOfCallToMake > 0) {
        parts.append(tr("%Ln scenario(s)", nullptr, scenarios) + QStringLiteral(" \u00D7 ")
                     + tr("%Ln call(s)", nullptr, s.numberOfCallToMake));
    } else if (s.numberOfCallToMake > 0) {
        parts.append(tr("%Ln call(s) per scenario", nullptr, s.numberOfCallToMake));
    }
    if (s.concurrentCallCount > 0)
        parts.append(tr("%1 at a time").arg(numberText(s.concurrentCallCount)));
    if (s.maxCallDurationMinutes > 0)
        parts.append(tr("up to %1 min per call").arg(numberText(s.maxCallDurationMinutes)));
    return parts.join(QStringLiteral(" \u00B7 "));
}

} // namespace simwatch
