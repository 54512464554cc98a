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
    // The server is not answering: the status shown is the last one known. Said in the text
    // ("… · last known") and with faded colours.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    Status status() const { return m_status; }
    QString statusText() const { return m_serverText; }

private:
    void render();

    Status m_status = Status::Unknown;
    bool m_stale = false;
    QString m_serverText;
};

} // namespace simwatch
