#pragma once

// One accepted TCP connection of the stand-in server: reads HTTP/1.1 requests (keep-alive,
// pipelining, Content-Length bodies), hands each to the server's handler one at a time, and writes
// the answer the handler chooses: a normal response or one of the socket-level faults.

#include "httpmessage.h"

#include <QtCore/QObject>

#include <functional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
class QTimer;
QT_END_NAMESPACE

namespace simwatch::standin {

class HttpConnection : public QObject
{
    Q_OBJECT
public:
    // Called once per request. The handler must eventually answer it with exactly one of the
    // respond*/closeWithoutReply calls (now or later, e.g. after a delay).
    using RequestHandler = std::function<void(HttpConnection *, const HttpRequest &)>;

    HttpConnection(QTcpSocket *socket, RequestHandler handler, QObject *parent = nullptr);
    ~HttpConnection() override;

    void respond(const HttpResponse &response);
    // Declares the full Content-Length, sends half of the body, then closes the connection.
    void respondTruncated(const HttpResponse &response);
    // Sends the head, then `bytesPerSecond` bytes of the body per second (0: none at all).
    void respondTrickle(const HttpResponse &response, int bytesPerSecond);
    // Sends the head and part of the body, then resets the connection (RST).
    void respondReset(const HttpResponse &response);
    // A 200 JSON response of exactly `totalBytes`, generated while the socket drains.
    void respondOversized(const HeaderList &extraHeaders, qint64 totalBytes);
    // Closes the connection without answering.
    void closeWithoutReply();

private:
    void onReadyRead();
    void processNext();
    void finishResponse();
    void writeHead(int status, const HeaderList &headers, qint64 contentLength);
    void pumpOversized();
    void trickleTick();
    void resetNow();
    void answerParseError(int status);

    QTcpSocket *m_socket = nullptr;
    RequestHandler m_handler;
    QByteArray m_buffer;
    bool m_busy = false;       // a request is being answered
    bool m_keepAlive = true;   // of the current request
    bool m_isHead = false;     // current request is HEAD
    bool m_closing = false;    // no more requests on this connection
    bool m_continueSent = false;

    enum class Stream { None, Oversized, Trickle, ResetAfterFlush };
    Stream m_stream = Stream::None;
    QByteArray m_streamBody;   // trickle: the body being sent
    qint64 m_streamPos = 0;
    qint64 m_streamTotal = 0;
    QByteArray m_oversizedPrefix;
    QByteArray m_oversizedSuffix;
    QTimer *m_trickleTimer = nullptr;
    double m_trickleCarry = 0;
    int m_trickleBytesPerSecond = 0;
};

} // namespace simwatch::standin
