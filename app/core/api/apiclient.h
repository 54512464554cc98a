#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace simwatch {

// Transport only: builds requests (Bearer key, JSON accept, timeout, same-origin redirects),
// classifies failures into ApiError values and hands back the body. Parsing is the caller's.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        ApiError error;       // kind None on a 2xx reply
        int httpStatus = 0;
        QByteArray body;      // also for HTTP errors; partial or empty on transport errors
    };
    using Callback = std::function<void(const Reply &)>;

    // A simulation of 10,000 calls is about 15 MiB; four times that leaves room for long transcripts.
    static constexpr qint64 DefaultMaxBodyBytes = 64 * 1024 * 1024;

    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &baseUrl);   // e.g. https://backend.omnidim.io/api/v1
    QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString &key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    void setTimeout(std::chrono::milliseconds timeout);
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    // `callback` runs exactly once, unless `context` is destroyed first (then the request is
    // aborted). Returns the reply so the caller may abort it; never null.
    QNetworkReply *get(const QString &path, QObject *context, Callback callback);
    QNetworkReply *post(const QString &path, const QByteArray &jsonBody, QObject *context,
                        Callback callback);

    // Classification of a finished reply; public so it can be tested directly.
    static ApiError classify(QNetworkReply *reply, const QByteArray &body, bool tooLarge);

private:
    QNetworkReply *send(const QByteArray &verb, const QString &path, const QByteArray &body,
                        QObject *context, Callback callback);

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_baseUrl;
    QString m_apiKey;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(30)};
    qint64 m_maxBodyBytes = DefaultMaxBodyBytes;
};

} // namespace simwatch
