#pragma once

// A byte-level fault proxy for tests and the soak run: sits between a client and the stand-in on
// loopback and passes bytes through unchanged, except for the requests picked by path, whose
// answer it delays, cuts, paces or resets. These faults happen below HTTP, so they live here and
// not in the product's server. It reads just enough HTTP/1.1 to find where a request ends (head +
// Content-Length) and, for a faulted answer, where the response head ends and how long the body is.

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <optional>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace simwatch::testing {

struct SocketFault
{
    enum class Kind {
        Delay,             // the answer is held back delayMs, then passed on whole
        CloseWithoutReply, // the client's connection is closed once the request is read (not forwarded)
        Truncate,          // the head and half the declared body, then the connection closes
        Trickle,           // the head, then the body at bytesPerSecond (below 100 B/s: one burst a
                           // second, so sub-second transfer timeouts fire)
        ConnectionReset,   // the head and a third of the body, then the connection is reset (RST)
    };

    Kind kind = Kind::Delay;
    int delayMs = 0;
    int bytesPerSecond = 10;

    static SocketFault of(Kind kind);
    static SocketFault delay(int ms);
    static SocketFault trickle(int bytesPerSecond);
};

class FaultProxy : public QObject
{
    Q_OBJECT
public:
    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens on 127.0.0.1 (any free port) and forwards to 127.0.0.1:upstreamPort. Returns the
    // bound port, 0 on failure.
    quint16 listen(quint16 upstreamPort);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>/api/v1

    // The next `count` requests whose path (query excluded) starts with pathPrefix get this fault.
    // Faults are matched in the order they were injected.
    void injectFault(const SocketFault &fault, const QString &pathPrefix = {}, int count = 1);
    void clearFaults();
    // Requests seen whose path starts with pathPrefix, faulted ones included.
    int requestCount(const QString &pathPrefix = {}) const;

private:
    class Connection;
    // Counts a request and takes the fault it gets, if any.
    std::optional<SocketFault> onRequest(const QString &path);

    struct Entry
    {
        SocketFault fault;
        QString prefix;
        int remaining = 0;
    };
    QTcpServer *m_server = nullptr;
    quint16 m_upstreamPort = 0;
    QList<Entry> m_faults;
    QHash<QString, int> m_counts;
};

} // namespace simwatch::testing
