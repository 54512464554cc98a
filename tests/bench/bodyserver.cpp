#include "bodyserver.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace simwatch::bench {

class BodyServerWorker : public QObject
{
public:
    explicit BodyServerWorker(BodyServer *owner)
        : m_owner(owner)
    {
    }

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                // No Nagle delay: a small reply must not wait for the client's delayed ACK.
                socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
            }
        });
        return m_server->serverPort();
    }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                break;
            buffer.remove(0, end + 4); // GET only: no request body to skip
            QByteArray body;
            {
                QMutexLocker lock(&m_owner->m_mutex);
                body = m_owner->m_body;
                ++m_owner->m_requests;
            }
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: keep-alive\r\n"
                          "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
        socket->setProperty("buffer", buffer);
    }

    BodyServer *m_owner;
    QTcpServer *m_server = nullptr;
};

BodyServer::BodyServer(QObject *parent)
    : QObject(parent)
{
}

BodyServer::~BodyServer()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &QObject::deleteLater);
    m_thread.quit();
    m_thread.wait();
}

quint16 BodyServer::start()
{
    if (m_worker)
        return m_port;
    auto *worker = new BodyServerWorker(this);
    worker->moveToThread(&m_thread);
    m_worker = worker;
    m_thread.start();
    QMetaObject::invokeMethod(worker, [this, worker] { m_port = worker->listen(); }, Qt::BlockingQueuedConnection);
    return m_port;
}

QUrl BodyServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(m_port));
}

void BodyServer::setBody(const QByteArray &body)
{
    QMutexLocker lock(&m_mutex);
    m_body = body;
}

QByteArray BodyServer::body() const
{
    QMutexLocker lock(&m_mutex);
    return m_body;
}

int BodyServer::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

} // namespace simwatch::bench
