#pragma once

// One HTTP exchange with QNetworkAccessManager, waited for with the event loop turning (the server
// usually lives in the test's own thread), redirects not followed: what came back, for tests that
// look at the wire rather than through ApiClient.

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtTest/QSignalSpy>

namespace simwatch::testing {

struct Exchange
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;
    bool finished = false;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

inline Exchange exchange(QNetworkAccessManager &nam, QNetworkRequest request, const QByteArray &verb,
                         const QByteArray &body = {}, int timeoutMs = 5000)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    Exchange r;
    r.finished = spy.wait(timeoutMs);
    if (!r.finished)
        reply->abort();
    r.elapsedMs = timer.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->isOpen() ? reply->readAll() : QByteArray();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

} // namespace simwatch::testing
