#include "api/apiclient.h"

#include "api/bodydecoder.h"
#include "api/httpdate.h"

#include "domain/parse.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <climits>

namespace simwatch {

namespace {

constexpr const char *TooLargeProperty = "simwatch_tooLarge";
// How far Qt's network thread may read ahead of us (see send()): a 15 MB body arrives in 15
// hand-overs, and a server streaming without end is held to this beyond the cap.
constexpr qint64 ReadBufferBytes = 1 << 20;
constexpr const char *UndecodableProperty = "simwatch_undecodable";
constexpr const char *MaxBytesProperty = "simwatch_maxBytes"; // the cap, for the message
constexpr int MaxLoggedBodyBytes = 2048;
constexpr int MaxRedirects = 5;

// Retry-After is either delta-seconds or an HTTP date (RFC 9110 section 10.2.3).
int retryAfterFromHeader(const QByteArray &value)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok)
        return int(std::clamp<qint64>(seconds, 0, INT_MAX));
    const QDateTime when = parseHttpDate(value);
    if (when.isValid())
        return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().secsTo(when), 0, INT_MAX));
    return -1;
}

// The wait as people read it: seconds below two minutes, else whole minutes (rounded up).
QString waitText(int seconds)
{
    if (seconds < 120)
        return QCoreApplication::translate("simwatch::ApiClient", "%Ln second(s)", nullptr, seconds);
    const int minutes = (seconds + 59) / 60;
    return QCoreApplication::translate("simwatch::ApiClient", "%Ln minute(s)", nullptr, minutes);
}

int retryAfterFromBody(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue value = doc.object().value(QLatin1String("retry_after"));
    if (value.isDouble())
        return int(qBound(0.0, value.toDouble(), double(INT_MAX)));
    if (value.isString()) {
        bool ok = false;
        const int seconds = value.toString().toInt(&ok);
        return ok ? qMax(0, seconds) : -1;
    }
    return -1;
}

// Server text is only quoted in messages when it is a short single line: error bodies of
// 5xx replies can carry stack traces, which belong in the log, not in front of users.
QString quotableDescription(const QByteArray &body)
{
    const QString text = parse::errorDescription(body).trimmed();
    if (text.isEmpty() || text.size() > 200 || text.contains(QLatin1Char('\n')))
        return {};
    return text;
}

bool isHttpLevelError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentOperationNotPermittedError:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ContentReSendError:
    case QNetworkReply::ContentConflictError:
    case QNetworkReply::ContentGoneError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return true;
    default:
        return false;
    }
}

ApiError transportError(QNetworkReply *reply, bool tooLarge)
{
    ApiError error;
    const QString host = reply->url().host();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        error.kind = ApiError::Kind::ConnectionRefused;
        error.message = QCoreApplication::translate("simwatch::ApiClient", "The server at %1 refused the connection. Check the base URL, or whether the service is running.").arg(host);
        break;
    case QNetworkReply::HostNotFoundError:
        error.kind = ApiError::Kind::HostNotFound;
        error.message = QCoreApplication::translate("simwatch::ApiClient", "The server name \"%1\" could not be found. Check the base URL and your network or VPN connection.").arg(host);
        break;
    case QNetworkReply::TimeoutError:
        error.kind = ApiError::Kind::Timeout;
        error.message = QCoreApplication::translate("simwatch::ApiClient", "The connection to %1 timed out.").arg(host);
        break;
    case QNetworkReply::OperationCanceledError:
        if (tooLarge) {
            error.kind = ApiError::Kind::TooLarge;
            error.message = QCoreApplication::translate("simwatch::ApiClient", "The server's reply was too large (over %1 MiB) and was not downloaded.")
                                .arg(reply->property(MaxBytesProperty).toLongLong() / (1024 * 1024));
        } else {
            // Our transfer timeout is the only other reason a request is cancelled while its
            // callback is still wanted.
            error.kind = ApiError::Kind::Timeout;
            error.message = QCoreApplication::translate("simwatch::ApiClient", "The server did not answer in time.");
        }
        break;
    case QNetworkReply::RemoteHostClosedError:
        error.kind = ApiError::Kind::Network;
        error.message = QCoreApplication::translate("simwatch::ApiClient", "The server closed the connection before its reply was complete.");
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            error.kind = ApiError::Kind::Tls;
            error.message = QCoreApplication::translate("simwatch::ApiClient", "The secure connection to %1 failed: %2").arg(host, reply->errorString());
            break;
        }
        Q_FALLTHROUGH();
    default:
        error.kind = ApiError::Kind::Network;
        error.message = QCoreApplication::translate("simwatch::ApiClient", "The network request to %1 failed: %2").arg(host, reply->errorString());
        break;
    }
    return error;
}

ApiError undecodableError(QNetworkReply *reply)
{
    ApiError error;
    error.kind = ApiError::Kind::BadPayload;
    error.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString encoding = QString::fromLatin1(reply->rawHeader("Content-Encoding").left(40));
    error.message = QCoreApplication::translate("simwatch::ApiClient", "The server's reply could not be decoded (Content-Encoding “%1”).").arg(encoding);
    return error;
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    Q_ASSERT(m_network);
}

void ApiClient::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
}

void ApiClient::setApiKey(const QString &key)
{
    m_apiKey = key.trimmed();
}

void ApiClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

QNetworkReply *ApiClient::get(const QString &path, QObject *context, Callback callback)
{
    return send(QByteArrayLiteral("GET"), path, {}, context, std::move(callback));
}

QNetworkReply *ApiClient::post(const QString &path, const QByteArray &jsonBody, QObject *context,
                               Callback callback)
{
    return send(QByteArrayLiteral("POST"), path, jsonBody, context, std::move(callback));
}

QNetworkReply *ApiClient::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                               QObject *context, Callback callback)
{
    QUrl url = m_baseUrl;
    const qsizetype queryAt = path.indexOf(QLatin1Char('?'));
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path.left(queryAt));
    if (queryAt >= 0)
        url.setQuery(path.mid(queryAt + 1));

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    // Asking for these ourselves turns off Qt's decoder, so the size cap applies to the decoded
    // body as it arrives (see BodyDecoder).
    request.setRawHeader("Accept-Encoding", "gzip, deflate");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("SimWatch/%1").arg(QCoreApplication::applicationVersion()));
    if (!m_apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    // The default policy follows redirects to other hosts and forwards Authorization there.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    // Qt follows up to 50 hops per request; a same-origin loop would cost 50 requests per poll.
    request.setMaximumRedirectsAllowed(MaxRedirects);
    request.setTransferTimeout(int(m_timeout.count()));
    // Qt's HTTP/2 reads every frame whatever we have taken, so the read-ahead bound below would
    // not hold; one poll at a time per run gains nothing from HTTP/2's streams.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        // With the length known and no copy of the body to make, Qt starts the request on the
        // next event, before the read buffer size below is sent on.
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    }

    // get() starts the request at once; a request with a body starts a few events later.
    QNetworkReply *reply = verb == "GET" && body.isEmpty() ? m_network->get(request)
                                                           : m_network->sendCustomRequest(request, verb, body);
    // Qt's network thread reads the socket as fast as the server writes and queues it all for
    // this thread, which takes it only when that thread pauses: a fast server streaming a large
    // body would fill memory long before the cap below is checked. A bounded read buffer makes
    // that thread stop reading (and TCP push back on the server) until we have taken what it holds.
    // Qt hands the size only to a request it has started: a GET now, a request with a body on a
    // later event, a followed redirect (a new request) on the event after `redirected`.
    const auto boundReadAhead = [reply] { reply->setReadBufferSize(ReadBufferBytes); };
    boundReadAhead();
    QMetaObject::invokeMethod(reply, boundReadAhead, Qt::QueuedConnection);
    connect(reply, &QNetworkReply::redirected, reply,
            [reply, boundReadAhead] { QMetaObject::invokeMethod(reply, boundReadAhead, Qt::QueuedConnection); });
    qCDebug(lcNet) << verb << url.toDisplayString();

    // Read and decode as data arrives so an oversized body is cut off instead of being buffered
    // whole, whatever its transfer or content encoding. The decoder is made when the headers are in.
    auto received = std::make_shared<QByteArray>();
    auto decoder = std::make_shared<std::unique_ptr<BodyDecoder>>();
    const qint64 maxBytes = m_maxBodyBytes;
    reply->setProperty(MaxBytesProperty, maxBytes);
    auto stop = [reply](BodyDecoder::State state) {
        if (reply->property(TooLargeProperty).toBool() || reply->property(UndecodableProperty).toBool())
            return;
        reply->setProperty(state == BodyDecoder::State::TooLarge ? TooLargeProperty : UndecodableProperty, true);
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, received, decoder, maxBytes, stop] {
        *decoder = std::make_unique<BodyDecoder>(reply->rawHeader("Content-Encoding"), maxBytes);
        if ((*decoder)->state() != BodyDecoder::State::Ok)
            return stop((*decoder)->state());
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && (*decoder)->isIdentity()) {
            if (length.toLongLong() > maxBytes)
                return stop(BodyDecoder::State::TooLarge);
            // The whole body in one allocation: growing the buffer chunk by chunk copies a large
            // body (15 MB for 10,000 calls) several times over on the UI thread.
            if (length.toLongLong() > 0)
                received->reserve(qsizetype(length.toLongLong()));
        }
    });
    auto take = [reply, received, decoder, maxBytes, stop] {
        const QByteArray bytes = reply->readAll();
        if (bytes.isEmpty())
            return;
        if (!*decoder)
            *decoder = std::make_unique<BodyDecoder>(reply->rawHeader("Content-Encoding"), maxBytes);
        if (!(*decoder)->feed(bytes, *received))
            stop((*decoder)->state());
    };
    connect(reply, &QNetworkReply::readyRead, reply, take);
    // The transfer timeout only fires when no byte arrives for that long; a server trickling a
    // few bytes a second would keep it alive forever, so the whole request has a deadline too.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, &QNetworkReply::abort);
    deadline->start(m_timeout);
    connect(context, &QObject::destroyed, reply, &QNetworkReply::abort);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    connect(reply, &QNetworkReply::finished, context, [reply, received, take, callback = std::move(callback)] {
        if (reply->isOpen()) // an aborted reply is closed
            take();
        const bool tooLarge = reply->property(TooLargeProperty).toBool();
        Reply result;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->property(UndecodableProperty).toBool() ? undecodableError(reply)
                                                                      : classify(reply, *received, tooLarge);
        // Error bodies are kept too: callers may need a code in them (e.g. "invalid_state").
        result.body = std::move(*received);
        if (result.error.isError())
            qCInfo(lcNet).nospace() << reply->url().toDisplayString() << ": " << kindName(result.error.kind)
                                    << " (HTTP " << result.httpStatus << ", " << reply->error() << ")";
        callback(result);
    });
    return reply;
}

ApiError ApiClient::classify(QNetworkReply *reply, const QByteArray &body, bool tooLarge)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (tooLarge || !isHttpLevelError(reply->error()) || status == 0) {
        if (reply->error() == QNetworkReply::NoError && !tooLarge)
            return {};
        return transportError(reply, tooLarge);
    }
    if (status >= 200 && status < 300) // a 2xx whose body failed on the way is not a success
        return reply->error() == QNetworkReply::NoError ? ApiError{} : transportError(reply, false);

    ApiError error;
    error.httpStatus = status;
    const QString description = quotableDescription(body);
    auto withDescription = [&description](const QString &text) {
        return description.isEmpty() ? text : QCoreApplication::translate("simwatch::ApiClient", "%1 The server said: “%2”").arg(text, description);
    };

    if (status == 401) {
        error.kind = ApiError::Kind::Unauthorized;
        error.message = withDescription(QCoreApplication::translate("simwatch::ApiClient", "The API key was rejected. Enter a valid key in Settings."));
    } else if (status == 403) {
        error.kind = ApiError::Kind::Forbidden;
        error.message = withDescription(QCoreApplication::translate("simwatch::ApiClient", "This API key is not allowed to do that."));
    } else if (status == 404) {
        error.kind = ApiError::Kind::NotFound;
        error.message = QCoreApplication::translate("simwatch::ApiClient", "The server has nothing at this address (HTTP 404).");
    } else if (status == 429) {
        error.kind = ApiError::Kind::RateLimited;
        const int fromHeader = retryAfterFromHeader(reply->rawHeader("Retry-After"));
        const int asked = qMax(fromHeader, retryAfterFromBody(body));
        error.retryAfterSeconds = asked < 0 ? -1 : qMin(asked, ApiError::MaxRetryAfterSeconds);
        error.message = error.retryAfterSeconds >= 0
            ? QCoreApplication::translate("simwatch::ApiClient", "The server is limiting requests; SimWatch will try again in %1.").arg(waitText(error.retryAfterSeconds))
            : QCoreApplication::translate("simwatch::ApiClient", "The server is limiting requests; SimWatch will try again shortly.");
    } else if (status >= 300 && status < 400) {
        error.kind = ApiError::Kind::HttpError;
        // Qt does not set RedirectionTargetAttribute on a redirect it refused, so the place is
        // read from Location itself.
        const QUrl location = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location").trimmed()));
        const QString place = location.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        if (reply->error() == QNetworkReply::TooManyRedirectsError) {
            error.message = QCoreApplication::translate("simwatch::ApiClient", "The server keeps redirecting (a redirect loop; the last hop was to %1). Check the base URL.")
                                .arg(place);
        } else if (reply->url().scheme() == QLatin1String("https") && location.scheme() == QLatin1String("http")) {
            error.message = QCoreApplication::translate("simwatch::ApiClient", "The server redirected to an unencrypted address (%1). SimWatch does not follow it, so the API key is not sent there.")
                                .arg(place);
        } else {
            error.message = QCoreApplication::translate("simwatch::ApiClient", "The server redirected to another address (%1). SimWatch does not follow redirects to other servers, so the API key is not sent there.")
                                .arg(place);
        }
    } else if (status >= 500) {
        error.kind = ApiError::Kind::ServerError;
        error.message = withDescription(QCoreApplication::translate("simwatch::ApiClient", "The server had an internal problem (HTTP %1). SimWatch will keep trying.").arg(status));
    } else {
        error.kind = ApiError::Kind::HttpError;
        error.message = withDescription(QCoreApplication::translate("simwatch::ApiClient", "The server answered with HTTP %1.").arg(status));
    }
    if (error.kind == ApiError::Kind::ServerError || error.kind == ApiError::Kind::HttpError) {
        // Kept for diagnosis at debug level (QT_LOGGING_RULES="simwatch.net.debug=true"): the
        // body may be an HTML page or a stack trace, which never belongs on a user's screen.
        qCDebug(lcNet).noquote() << "HTTP" << status << "from" << reply->url().toDisplayString()
                                 << "body:" << QString::fromUtf8(body.left(MaxLoggedBodyBytes));
    }
    return error;
}

} // namespace simwatch
