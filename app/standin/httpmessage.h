#pragma once

// Minimal HTTP/1.1 message types for the stand-in server: an incremental request parser and a
// response head serialiser. Internal to the stand-in (no dependency on app/core).

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QPair>

namespace simwatch::standin {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method;   // "GET", "POST", ... as sent (case-sensitive per RFC 9110)
    QByteArray target;   // request-target as sent, e.g. "/api/v1/simulations?pageno=1"
    QByteArray path;     // target without the query
    QByteArray query;    // after '?', without it (may be empty)
    int versionMinor = 1; // HTTP/1.<minor>
    HeaderList headers;  // names as sent
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive, first match, or empty
    bool hasHeader(const QByteArray &name) const;
    bool wantsKeepAlive() const; // HTTP/1.1 default keep-alive unless "Connection: close"
};

enum class ParseStatus {
    Incomplete,     // need more bytes
    Complete,       // one request parsed; *consumed bytes belong to it
    BadRequest,     // malformed: answer 400 and close
    HeaderTooLarge, // answer 431 and close
    BodyTooLarge,   // answer 413 and close
    NotImplemented, // e.g. Transfer-Encoding on a request: answer 501 and close
};

// Parses one request from the start of `buffer`. Leading empty lines (RFC 9112 2.2) are skipped.
ParseStatus parseHttpRequest(const QByteArray &buffer, HttpRequest *out, qsizetype *consumed);

// True if the request head is complete and carries "Expect: 100-continue" but the body is not yet
// all there (the server then sends an interim 100 response).
bool expectsContinue(const QByteArray &buffer);

struct HttpResponse
{
    int status = 200;
    HeaderList headers;          // Content-Type and extra headers; Content-Length/Date/Server/Connection are added
    QByteArray body;
    bool omitBody = false;       // HEAD: Content-Length of `body` is declared but no body is sent
};

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 4 * 1024 * 1024;

QByteArray reasonPhrase(int status);
QByteArray httpDate(); // RFC 9110 IMF-fixdate of now, e.g. "Sun, 06 Nov 1994 08:49:37 GMT"
bool statusHasNoBody(int status); // 1xx, 204, 304

// Status line and headers up to and including the empty line. `contentLength` < 0 means "do not
// declare one" (only for statuses without a body).
QByteArray serializeResponseHead(int status, const HeaderList &headers, qint64 contentLength,
                                 bool keepAlive);

} // namespace simwatch::standin
