#pragma once

// A minimal HTTP/1.1 loopback server for the benchmarks, on its own thread (so serving a 15 MB
// body costs the measured UI thread nothing): every GET is answered 200 with the current body,
// keep-alive, Content-Length. The stand-in server cannot serve arbitrary bodies, hence this.

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QUrl>

namespace simwatch::bench {

class BodyServer : public QObject
{
public:
    explicit BodyServer(QObject *parent = nullptr);
    ~BodyServer() override;

    quint16 start();                        // listens on 127.0.0.1; the port, 0 on failure
    QUrl baseUrl() const;                   // http://127.0.0.1:<port>/api/v1
    void setBody(const QByteArray &body);   // used by every later request
    QByteArray body() const;
    int requestCount() const;

private:
    friend class BodyServerWorker;
    QThread m_thread;
    QObject *m_worker = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QByteArray m_body;
    int m_requests = 0;
};

} // namespace simwatch::bench
