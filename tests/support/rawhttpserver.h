#pragma once

// A loopback HTTP server for hostile-server tests: every request's head is handed to a handler
// that writes whatever bytes it likes (chunked bodies, gzip bombs, odd headers, redirect loops).
// Runs on the test's thread; the QTRY_* waits turn its event loop.

#include <QByteArray>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace simwatch::testing {

class RawHttpServer : public QObject
{
public:
    // `head` is the request line and headers; the handler answers on `socket` (and may close it).
    using Handler = std::function<void(QTcpSocket *socket, const QByteArray &head)>;

    explicit RawHttpServer(Handler handler, QObject *parent = nullptr)
        : QObject(parent)
        , m_handler(std::move(handler))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port())); }
    int requestCount() const { return int(m_heads.size()); }
    const QList<QByteArray> &requests() const { return m_heads; }

    static QByteArray response(int status, const QByteArray &reason, const QByteArray &body,
                               const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n" + extraHeaders + "\r\n" + body;
    }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            // Requests here have no body (GET); answer each head as it completes.
            qsizetype end;
            while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                const QByteArray head = buffer->left(end);
                buffer->remove(0, end + 4);
                m_heads.append(head);
                m_handler(socket, head);
            }
        });
    }

    QTcpServer m_server;
    Handler m_handler;
    QList<QByteArray> m_heads;
};

// Writes a generated body of `total` bytes as the socket drains, so the server itself never
// holds more than a few hundred KiB however large the body is. `*sent` (the test's counter,
// which outlives the socket) adds up what left.
class StreamedBody : public QObject
{
public:
    // `piece(offset, size)` returns the next `size` bytes of the body (already encoded).
    using Generator = std::function<QByteArray(qint64 offset, qint64 size)>;

    StreamedBody(QTcpSocket *socket, qint64 total, Generator piece, bool chunked, std::atomic<qint64> *sent)
        : QObject(socket)
        , m_socket(socket)
        , m_sent(sent)
        , m_total(total)
        , m_piece(std::move(piece))
        , m_chunked(chunked)
    {
        connect(socket, &QTcpSocket::bytesWritten, this, [this](qint64 written) {
            *m_sent += written;
            pump();
        });
        pump();
    }

private:
    void pump()
    {
        constexpr qint64 Piece = 64 * 1024;
        while (m_socket && m_socket->state() == QAbstractSocket::ConnectedState
               && m_socket->bytesToWrite() < 4 * Piece && m_offset < m_total) {
            const qint64 size = qMin(Piece, m_total - m_offset);
            const QByteArray bytes = m_piece(m_offset, size);
            m_offset += size;
            if (m_chunked)
                m_socket->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
            else
                m_socket->write(bytes);
            if (m_chunked && m_offset >= m_total)
                m_socket->write("0\r\n\r\n");
        }
    }

    QPointer<QTcpSocket> m_socket;
    std::atomic<qint64> *m_sent = nullptr;
    qint64 m_total = 0;
    qint64 m_offset = 0;
    Generator m_piece;
    bool m_chunked = false;
};

// A RawHttpServer on its own thread: it writes as fast as the network takes bytes, as a real
// server does, instead of only when the test's event loop lets it.
class RawHttpServerThread
{
public:
    explicit RawHttpServerThread(RawHttpServer::Handler handler)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(&m_context, [this, &handler] { m_server = new RawHttpServer(std::move(handler)); },
                                  Qt::BlockingQueuedConnection);
    }
    ~RawHttpServerThread()
    {
        QMetaObject::invokeMethod(&m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QUrl baseUrl() const { return m_server->baseUrl(); }

private:
    QThread m_thread;
    QObject m_context;
    RawHttpServer *m_server = nullptr;
};

} // namespace simwatch::testing
