#pragma once

#include "domain/simulation.h"

#include <QModelIndex>
#include <QWidget>

class QLabel;

namespace simwatch {

class StatusBadge;

// Name, agent, status badge and creation date of one simulation.
class SimulationHeader : public QWidget
{
    Q_OBJECT

public:
    explicit SimulationHeader(QWidget *parent = nullptr);

    // Reads the roles it shows from a simulation index; `roles` empty reads all of them.
    void refresh(const QModelIndex &simulation, const QList<int> &roles = {});
    void clear();

    QLabel *nameLabel() const { return m_name; }
    QLabel *agentLabel() const { return m_agent; }
    QLabel *createdLabel() const { return m_created; }
    StatusBadge *statusBadge() const { return m_badge; }
    QLabel *factsLabel() const { return m_facts; }

    // "3 scenarios × 1 call · 3 at a time · up to 3 min per call" (known parts only).
    static QString factsText(const Simulation &simulation);

private:
    QLabel *m_name = nullptr;
    QLabel *m_id = nullptr;
    QLabel *m_agent = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_factsSeparator = nullptr;
    StatusBadge *m_badge = nullptr;
};

} // namespace simwatch
