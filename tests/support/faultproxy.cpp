#include "faultproxy.h"

#include <QtCore/QTimer>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace simwatch::testing {

SocketFault SocketFault::of(Kind kind)
{
    SocketFault f;
    f.kind = kind;
    return f;
}

SocketFault SocketFault::delay(int ms)
{
    SocketFault f;
    f.kind = Kind::Delay;
    f.delayMs = ms;
    return f;
}

SocketFault SocketFault::trickle(int bytesPerSecond)
{
    SocketFault f;
    f.kind = Kind::Trickle;
    f.bytesPerSecond = bytesPerSecond;
    return f;
}

namespace {

// Slow trickles send their bytes as one burst per second, so a client's transfer (inactivity)
// timeout below one second fires; faster ones are smoothed over 100 ms ticks.
constexpr int kTrickleBurstBelowBytesPerSecond = 100;

// Index just past the empty line that ends an HTTP head, or -1 while it is incomplete.
qsizetype headEnd(const QByteArray &bytes)
{
    const qsizetype i = bytes.indexOf("\r\n\r\n");
    return i < 0 ? -1 : i + 4;
}

qint64 contentLength(const QByteArray &head) // 0 when not declared
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0)
            return std::max<qint64>(0, line.mid(colon + 1).trimmed().toLongLong());
    }
    return 0;
}

QString requestPath(const QByteArray &head) // "GET /a/b?c HTTP/1.1" -> "/a/b"
{
    const QByteArray line = head.left(head.indexOf("\r\n"));
    QByteArray target = line.mid(line.indexOf(' ') + 1);
    target.truncate(target.indexOf(' '));
    const qsizetype query = target.indexOf('?');
    if (query >= 0)
        target.truncate(query);
    return QString::fromLatin1(target);
}

} // namespace

// One client connection and its own connection to the upstream server.
class FaultProxy::Connection : public QObject
{
public:
    Connection(QTcpSocket *client, quint16 upstreamPort, FaultProxy *proxy)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(client)
        , m_upstream(new QTcpSocket(this))
    {
        m_client->setParent(this);
        m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_trickle.setParent(this);
        connect(&m_trickle, &QTimer::timeout, this, &Connection::trickleTick);
        connect(m_client, &QTcpSocket::readyRead, this, &Connection::readClient);
        connect(m_client, &QTcpSocket::disconnected, this, [this] {
            m_upstream->abort();
            deleteLater();
        });
        connect(m_client, &QTcpSocket::bytesWritten, this, [this] {
            if (m_resetPending && m_client->bytesToWrite() == 0)
                reset();
        });
        connect(m_upstream, &QTcpSocket::connected, this,
                [this] { m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
        connect(m_upstream, &QTcpSocket::readyRead, this, &Connection::readUpstream);
        connect(m_upstream, &QTcpSocket::disconnected, this, &Connection::upstreamGone);
        connect(m_upstream, &QTcpSocket::errorOccurred, this, &Connection::upstreamGone);
        // Written requests wait in the socket's buffer until the connection is made.
        m_upstream->connectToHost(QHostAddress::LocalHost, upstreamPort);
        if (m_client->bytesAvailable() > 0)
            readClient();
    }

private:
    void readClient()
    {
        m_requests += m_client->readAll();
        nextRequest();
    }

    // Forwards whole requests until one gets a fault; the next waits until that answer is done.
    void nextRequest()
    {
        while (!m_fault && !m_closed) {
            const qsizetype end = headEnd(m_requests);
            if (end < 0)
                return;
            const QByteArray head = m_requests.left(end);
            const qint64 size = end + contentLength(head);
            if (m_requests.size() < size)
                return;
            const QByteArray request = m_requests.left(size);
            m_requests.remove(0, size);
            m_fault = m_proxy->onRequest(requestPath(head));
            if (m_fault && m_fault->kind == SocketFault::Kind::CloseWithoutReply) {
                closeBoth();
                return;
            }
            m_upstream->write(request);
            if (!m_fault)
                continue;
            m_answer.clear();
            m_headBytes = -1;
            m_bodySent = 0;
            m_carry = 0;
            if (m_fault->kind == SocketFault::Kind::Delay) {
                QTimer::singleShot(std::max(0, m_fault->delayMs), this, [this] {
                    m_client->write(m_answer);
                    finishFault();
                });
            }
        }
    }

    void readUpstream()
    {
        const QByteArray bytes = m_upstream->readAll();
        if (m_closed)
            return;
        if (!m_fault) {
            m_client->write(bytes);
            return;
        }
        m_answer += bytes;
        actOnAnswer();
    }

    // The faulted answer so far, held back in m_answer.
    void actOnAnswer()
    {
        if (m_fault->kind == SocketFault::Kind::Delay)
            return; // released by its timer
        if (m_headBytes < 0) {
            m_headBytes = headEnd(m_answer);
            if (m_headBytes < 0)
                return;
            m_bodyBytes = contentLength(m_answer.left(m_headBytes));
            if (m_fault->kind == SocketFault::Kind::Trickle) {
                m_client->write(m_answer.left(m_headBytes));
                m_answer.remove(0, m_headBytes);
                if (m_bodyBytes == 0) {
                    finishFault();
                    return;
                }
                m_trickle.start(m_fault->bytesPerSecond < kTrickleBurstBelowBytesPerSecond ? 1000 : 100);
            }
        }
        switch (m_fault->kind) {
        case SocketFault::Kind::Truncate: {
            const qint64 cut = m_headBytes + m_bodyBytes / 2;
            if (m_answer.size() < cut)
                return;
            m_client->write(m_answer.left(cut));
            closeBoth();
            return;
        }
        case SocketFault::Kind::ConnectionReset: {
            const qint64 cut = m_headBytes + std::min(std::max<qint64>(1, m_bodyBytes / 3), m_bodyBytes);
            if (m_resetPending || m_answer.size() < cut)
                return;
            m_client->write(m_answer.left(cut));
            m_client->flush();
            m_resetPending = true;
            if (m_client->bytesToWrite() == 0)
                reset();
            return;
        }
        default:
            return; // Trickle: paced by trickleTick()
        }
    }

    void trickleTick()
    {
        m_carry += m_fault->bytesPerSecond * (m_trickle.interval() / 1000.0);
        const qint64 n = std::min({qint64(m_carry), qint64(m_answer.size()), m_bodyBytes - m_bodySent});
        if (n <= 0)
            return;
        m_carry -= double(n);
        m_client->write(m_answer.left(n));
        m_answer.remove(0, n);
        m_bodySent += n;
        if (m_bodySent >= m_bodyBytes) {
            m_trickle.stop();
            m_client->write(m_answer); // nothing, unless the server answered more than it declared
            finishFault();
        }
    }

    void finishFault()
    {
        m_fault.reset();
        m_answer.clear();
        if (m_upstream->state() == QAbstractSocket::UnconnectedState)
            m_client->disconnectFromHost();
        else
            nextRequest();
    }

    void upstreamGone()
    {
        if (m_upstream->bytesAvailable() > 0)
            readUpstream();
        if (!m_fault && !m_closed)
            m_client->disconnectFromHost(); // after what is queued
    }

    void closeBoth()
    {
        m_closed = true;
        m_trickle.stop();
        m_upstream->abort();
        m_client->disconnectFromHost();
    }

    void reset()
    {
        m_closed = true;
        m_resetPending = false;
#ifdef Q_OS_UNIX
        // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        const qintptr fd = m_client->socketDescriptor();
        if (fd >= 0) {
            struct linger lin {};
            lin.l_onoff = 1;
            lin.l_linger = 0;
            ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &lin, sizeof lin);
        }
#endif
        m_upstream->abort();
        m_client->abort();
    }

    FaultProxy *m_proxy = nullptr;
    QTcpSocket *m_client = nullptr;
    QTcpSocket *m_upstream = nullptr;
    QByteArray m_requests;              // from the client, not forwarded yet
    std::optional<SocketFault> m_fault; // the fault acting on the current answer
    QByteArray m_answer;                // upstream bytes of the faulted answer not passed on yet
    qint64 m_headBytes = -1;            // of the faulted answer, once its head is complete
    qint64 m_bodyBytes = 0;
    qint64 m_bodySent = 0;
    double m_carry = 0;
    QTimer m_trickle;
    bool m_resetPending = false;
    bool m_closed = false;
};

FaultProxy::FaultProxy(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server->nextPendingConnection())
            new Connection(client, m_upstreamPort, this);
    });
}

FaultProxy::~FaultProxy() = default;

quint16 FaultProxy::listen(quint16 upstreamPort)
{
    m_upstreamPort = upstreamPort;
    if (!m_server->isListening() && !m_server->listen(QHostAddress::LocalHost, 0))
        return 0;
    return m_server->serverPort();
}

quint16 FaultProxy::port() const
{
    return m_server->isListening() ? m_server->serverPort() : quint16(0);
}

QUrl FaultProxy::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port()));
}

void FaultProxy::injectFault(const SocketFault &fault, const QString &pathPrefix, int count)
{
    if (count > 0)
        m_faults.append({fault, pathPrefix, count});
}

void FaultProxy::clearFaults()
{
    m_faults.clear();
}

int FaultProxy::requestCount(const QString &pathPrefix) const
{
    int n = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (it.key().startsWith(pathPrefix))
            n += it.value();
    }
    return n;
}

std::optional<SocketFault> FaultProxy::onRequest(const QString &path)
{
    ++m_counts[path];
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Entry &e = m_faults[i];
        if (!path.startsWith(e.prefix))
            continue;
        const SocketFault f = e.fault;
        if (--e.remaining <= 0)
            m_faults.removeAt(i);
        return f;
    }
    return std::nullopt;
}

} // namespace simwatch::testing
