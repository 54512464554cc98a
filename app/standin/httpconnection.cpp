#include "httpconnection.h"

#include <QtCore/QTimer>
#include <QtNetwork/QTcpSocket>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace simwatch::standin {

namespace {
constexpr qint64 kOversizedChunk = 64 * 1024;
constexpr qint64 kOversizedHighWater = 256 * 1024;
// Slow trickles send their bytes as one burst per second, so a client's transfer (inactivity)
// timeout below one second fires; faster ones are smoothed over 100 ms ticks.
constexpr int kTrickleBurstBelowBytesPerSecond = 100;
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, RequestHandler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
    m_socket->setParent(this);
    // As production web servers do (nginx: tcp_nodelay on). Without it, the last segment of a
    // reply waits for the client's delayed ACK: about 40 ms added to every poll on loopback.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_stream == Stream::Oversized)
            pumpOversized();
        else if (m_stream == Stream::ResetAfterFlush && m_socket->bytesToWrite() == 0)
            resetNow();
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        // Peer reset or similar: drop everything. RemoteHostClosed also reaches disconnected().
        m_closing = true;
        m_stream = Stream::None;
        if (m_trickleTimer)
            m_trickleTimer->stop();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    if (m_closing) {
        m_socket->readAll(); // ignore anything after "Connection: close" or an error
        return;
    }
    m_buffer += m_socket->readAll();
    if (m_buffer.size() > kMaxHeaderBytes + kMaxBodyBytes + 4096) {
        // A client sending far more than any request we accept, without waiting for answers.
        m_closing = true;
        m_socket->abort();
        return;
    }
    if (!m_busy)
        processNext();
}

void HttpConnection::processNext()
{
    if (m_busy || m_closing || m_buffer.isEmpty())
        return;
    HttpRequest request;
    qsizetype consumed = 0;
    switch (parseHttpRequest(m_buffer, &request, &consumed)) {
    case ParseStatus::Incomplete:
        if (!m_continueSent && expectsContinue(m_buffer)) {
            m_continueSent = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return;
    case ParseStatus::BadRequest:
        answerParseError(400);
        return;
    case ParseStatus::HeaderTooLarge:
        answerParseError(431);
        return;
    case ParseStatus::BodyTooLarge:
        answerParseError(413);
        return;
    case ParseStatus::NotImplemented:
        answerParseError(501);
        return;
    case ParseStatus::Complete:
        break;
    }
    m_buffer.remove(0, consumed);
    m_continueSent = false;
    m_busy = true;
    m_keepAlive = request.wantsKeepAlive();
    m_isHead = request.method == "HEAD";
    if (!m_keepAlive)
        m_closing = true;
    m_handler(this, request);
}

void HttpConnection::answerParseError(int status)
{
    m_closing = true;
    m_busy = true;
    m_keepAlive = false;
    const QByteArray body = "<!DOCTYPE html>\n<title>" + QByteArray::number(status) + ' '
                            + reasonPhrase(status) + "</title>\n<h1>" + reasonPhrase(status)
                            + "</h1>\n";
    m_socket->write(serializeResponseHead(status, {{"Content-Type", "text/html; charset=utf-8"}},
                                          body.size(), false));
    m_socket->write(body);
    m_socket->disconnectFromHost();
}

void HttpConnection::writeHead(int status, const HeaderList &headers, qint64 contentLength)
{
    m_socket->write(serializeResponseHead(status, headers, contentLength, m_keepAlive));
}

void HttpConnection::finishResponse()
{
    m_busy = false;
    m_stream = Stream::None;
    if (!m_keepAlive) {
        m_socket->disconnectFromHost(); // flushes what is queued first
        return;
    }
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::processNext, Qt::QueuedConnection);
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (!m_busy || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const bool noBody = statusHasNoBody(response.status);
    writeHead(response.status, response.headers, noBody ? -1 : response.body.size());
    if (!noBody && !m_isHead && !response.omitBody)
        m_socket->write(response.body);
    finishResponse();
}

void HttpConnection::respondTruncated(const HttpResponse &response)
{
    if (!m_busy || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_keepAlive = false;
    m_closing = true;
    writeHead(response.status, response.headers, response.body.size());
    if (!m_isHead)
        m_socket->write(response.body.left(response.body.size() / 2));
    m_busy = false;
    m_socket->disconnectFromHost();
}

void HttpConnection::respondTrickle(const HttpResponse &response, int bytesPerSecond)
{
    if (!m_busy || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    writeHead(response.status, response.headers, response.body.size());
    if (m_isHead || response.body.isEmpty()) {
        finishResponse();
        return;
    }
    m_stream = Stream::Trickle;
    m_streamBody = response.body;
    m_streamPos = 0;
    m_trickleCarry = 0;
    m_trickleBytesPerSecond = std::max(0, bytesPerSecond);
    if (!m_trickleTimer) {
        m_trickleTimer = new QTimer(this);
        connect(m_trickleTimer, &QTimer::timeout, this, &HttpConnection::trickleTick);
    }
    m_trickleTimer->start(m_trickleBytesPerSecond < kTrickleBurstBelowBytesPerSecond ? 1000 : 100);
}

void HttpConnection::trickleTick()
{
    if (m_stream != Stream::Trickle) {
        m_trickleTimer->stop();
        return;
    }
    m_trickleCarry += m_trickleBytesPerSecond * (m_trickleTimer->interval() / 1000.0);
    const qint64 n = std::min<qint64>(qint64(m_trickleCarry), m_streamBody.size() - m_streamPos);
    if (n <= 0)
        return;
    m_trickleCarry -= double(n);
    m_socket->write(m_streamBody.constData() + m_streamPos, n);
    m_streamPos += n;
    if (m_streamPos >= m_streamBody.size()) {
        m_trickleTimer->stop();
        m_streamBody.clear();
        finishResponse();
    }
}

void HttpConnection::respondReset(const HttpResponse &response)
{
    if (!m_busy || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_closing = true;
    writeHead(response.status, response.headers, response.body.size());
    if (!m_isHead)
        m_socket->write(response.body.left(std::max<qsizetype>(1, response.body.size() / 3)));
    m_socket->flush();
    if (m_socket->bytesToWrite() == 0)
        resetNow();
    else
        m_stream = Stream::ResetAfterFlush;
}

void HttpConnection::resetNow()
{
    m_stream = Stream::None;
    m_busy = false;
#ifdef Q_OS_UNIX
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        struct linger lin {};
        lin.l_onoff = 1;
        lin.l_linger = 0;
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &lin, sizeof lin);
    }
#endif
    m_socket->abort();
}

void HttpConnection::respondOversized(const HeaderList &extraHeaders, qint64 totalBytes)
{
    if (!m_busy || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_oversizedPrefix = R"({"success":true,"simulation":{"id":0,"name":"oversized","padding":")";
    m_oversizedSuffix = R"("}})";
    m_streamTotal = std::max<qint64>(totalBytes, m_oversizedPrefix.size() + m_oversizedSuffix.size());
    HeaderList headers{{"Content-Type", "application/json; charset=utf-8"}};
    headers += extraHeaders;
    writeHead(200, headers, m_streamTotal);
    if (m_isHead) {
        finishResponse();
        return;
    }
    m_stream = Stream::Oversized;
    m_streamPos = 0;
    pumpOversized();
}

void HttpConnection::pumpOversized()
{
    while (m_stream == Stream::Oversized && m_socket->bytesToWrite() < kOversizedHighWater) {
        const qint64 left = m_streamTotal - m_streamPos;
        if (left <= 0) {
            finishResponse();
            return;
        }
        const qint64 n = std::min(left, kOversizedChunk);
        // Byte k of the body: prefix, then 'x' padding, then the suffix.
        const qint64 prefixLen = m_oversizedPrefix.size();
        const qint64 suffixStart = m_streamTotal - m_oversizedSuffix.size();
        QByteArray chunk(n, 'x');
        for (qint64 pos = m_streamPos; pos < std::min(m_streamPos + n, prefixLen); ++pos)
            chunk[pos - m_streamPos] = m_oversizedPrefix.at(pos);
        for (qint64 pos = std::max(m_streamPos, suffixStart); pos < m_streamPos + n; ++pos)
            chunk[pos - m_streamPos] = m_oversizedSuffix.at(pos - suffixStart);
        m_socket->write(chunk);
        m_streamPos += n;
    }
}

void HttpConnection::closeWithoutReply()
{
    if (!m_busy)
        return;
    m_closing = true;
    m_busy = false;
    m_socket->disconnectFromHost();
}

} // namespace simwatch::standin
