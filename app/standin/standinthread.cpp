#include "standinthread.h"

#include "standinserver.h"

namespace simwatch::standin {

StandinThread::StandinThread()
{
    m_thread.setObjectName(QStringLiteral("stand-in server"));
}

StandinThread::~StandinThread()
{
    if (m_server)
        QMetaObject::invokeMethod(m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QUrl StandinThread::startDemo(double speed)
{
    Q_ASSERT(!m_server);
    m_server = new StandinServer;
    m_server->moveToThread(&m_thread);
    m_thread.start();
    QUrl url;
    QMetaObject::invokeMethod(m_server, [server = m_server, speed, &url] {
        server->setSpeed(speed);
        server->seedDemo();
        if (server->listen() != 0)
            url = server->baseUrl();
    }, Qt::BlockingQueuedConnection);
    return url;
}

} // namespace simwatch::standin
