#pragma once

#include "domain/simulation.h"

#include <QLabel>

namespace simwatch {

// A rounded, coloured label with a glyph and the server's status text ("✔ Completed"), so that
// the status never depends on colour alone. Unknown statuses keep the server's text, neutral.
class StatusBadge : public QLabel
{
    Q_OBJECT

public:
    explicit StatusBadge(QWidget *parent = nullptr);

    void setStatus(Status status, const QString &serverText);
    void clearStatus();

    Status status() const { return m_status; }
    QString statusText() const { return m_serverText; }

private:
    Status m_status = Status::Unknown;
    QString m_serverText;
};

} // namespace simwatch
