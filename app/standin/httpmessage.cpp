#include "httpmessage.h"

#include <QtCore/QDateTime>
#include <QtCore/QLocale>

using namespace Qt::StringLiterals;

namespace simwatch::standin {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-':
    case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

qsizetype skipLeadingEmptyLines(const QByteArray &buffer)
{
    qsizetype pos = 0;
    while (pos < buffer.size()) {
        if (buffer.at(pos) == '\n') {
            ++pos;
        } else if (buffer.at(pos) == '\r' && pos + 1 < buffer.size() && buffer.at(pos + 1) == '\n') {
            pos += 2;
        } else {
            break;
        }
    }
    return pos;
}

// Finds the end of the head (index just past the empty line), accepting bare LF as well as CRLF.
qsizetype findHeadEnd(const QByteArray &buffer, qsizetype from)
{
    for (qsizetype i = from; i < buffer.size(); ++i) {
        if (buffer.at(i) != '\n')
            continue;
        if (i + 1 < buffer.size() && buffer.at(i + 1) == '\n')
            return i + 2;
        if (i + 2 < buffer.size() && buffer.at(i + 1) == '\r' && buffer.at(i + 2) == '\n')
            return i + 3;
    }
    return -1;
}

QList<QByteArray> splitLines(const QByteArray &head)
{
    QList<QByteArray> lines;
    for (const QByteArray &raw : head.split('\n')) {
        QByteArray line = raw;
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

struct Head
{
    HttpRequest request;
    qint64 contentLength = 0;
    qsizetype headBytes = 0; // including leading empty lines
};

ParseStatus parseHead(const QByteArray &buffer, Head *head)
{
    const qsizetype start = skipLeadingEmptyLines(buffer);
    const qsizetype end = findHeadEnd(buffer, start);
    if (end < 0)
        return buffer.size() - start > kMaxHeaderBytes ? ParseStatus::HeaderTooLarge : ParseStatus::Incomplete;
    if (end - start > kMaxHeaderBytes)
        return ParseStatus::HeaderTooLarge;

    const QList<QByteArray> lines = splitLines(buffer.mid(start, end - start));
    if (lines.isEmpty())
        return ParseStatus::BadRequest;

    // request-line = method SP request-target SP HTTP-version
    const QList<QByteArray> parts = lines.constFirst().split(' ');
    if (parts.size() != 3)
        return ParseStatus::BadRequest;
    HttpRequest &req = head->request;
    req.method = parts.at(0);
    req.target = parts.at(1);
    const QByteArray &version = parts.at(2);
    if (!isToken(req.method) || req.target.isEmpty())
        return ParseStatus::BadRequest;
    if (version == "HTTP/1.1")
        req.versionMinor = 1;
    else if (version == "HTTP/1.0")
        req.versionMinor = 0;
    else
        return ParseStatus::BadRequest;
    // origin-form only (absolute-form is for proxies, "*" for OPTIONS: neither is served here)
    if (!req.target.startsWith('/'))
        return ParseStatus::BadRequest;
    for (char c : std::as_const(req.target)) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            return ParseStatus::BadRequest;
    }
    const qsizetype q = req.target.indexOf('?');
    req.path = q < 0 ? req.target : req.target.left(q);
    req.query = q < 0 ? QByteArray() : req.target.mid(q + 1);
    const qsizetype hash = req.query.indexOf('#');
    if (hash >= 0)
        req.query.truncate(hash);

    bool haveLength = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return ParseStatus::BadRequest; // obsolete line folding (RFC 9112 5.2)
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return ParseStatus::BadRequest;
        const QByteArray name = line.left(colon);
        if (!isToken(name))
            return ParseStatus::BadRequest; // includes whitespace before the colon
        const QByteArray value = line.mid(colon + 1).trimmed();
        req.headers.append({name, value});

        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || value.startsWith('+') || value.startsWith('-'))
                return ParseStatus::BadRequest;
            if (haveLength && length != head->contentLength)
                return ParseStatus::BadRequest;
            haveLength = true;
            head->contentLength = length;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            return ParseStatus::NotImplemented;
        }
    }
    if (req.versionMinor == 1 && !req.hasHeader("Host"))
        return ParseStatus::BadRequest;
    if (head->contentLength > kMaxBodyBytes)
        return ParseStatus::BodyTooLarge;
    head->headBytes = end;
    return ParseStatus::Complete;
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool HttpRequest::wantsKeepAlive() const
{
    bool close = false;
    bool keepAlive = false;
    for (const auto &h : headers) {
        if (h.first.compare("Connection", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &token : h.second.split(',')) {
            const QByteArray t = token.trimmed().toLower();
            if (t == "close")
                close = true;
            else if (t == "keep-alive")
                keepAlive = true;
        }
    }
    if (close)
        return false;
    return versionMinor >= 1 || keepAlive;
}

ParseStatus parseHttpRequest(const QByteArray &buffer, HttpRequest *out, qsizetype *consumed)
{
    Head head;
    const ParseStatus status = parseHead(buffer, &head);
    if (status != ParseStatus::Complete)
        return status;
    if (buffer.size() - head.headBytes < head.contentLength)
        return ParseStatus::Incomplete;
    head.request.body = buffer.mid(head.headBytes, head.contentLength);
    *out = std::move(head.request);
    *consumed = head.headBytes + head.contentLength;
    return ParseStatus::Complete;
}

bool expectsContinue(const QByteArray &buffer)
{
    Head head;
    if (parseHead(buffer, &head) != ParseStatus::Complete)
        return false;
    return head.request.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0
        && buffer.size() - head.headBytes < head.contentLength;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Content Too Large";
    case 416: return "Range Not Satisfiable";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: break;
    }
    if (status >= 200 && status < 300) return "Success";
    if (status >= 300 && status < 400) return "Redirection";
    if (status >= 400 && status < 500) return "Client Error";
    if (status >= 500 && status < 600) return "Server Error";
    return "Unknown";
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
        .toLatin1();
}

bool statusHasNoBody(int status)
{
    return (status >= 100 && status < 200) || status == 204 || status == 304;
}

QByteArray serializeResponseHead(int status, const HeaderList &headers, qint64 contentLength,
                                 bool keepAlive)
{
    QByteArray head;
    head.reserve(256);
    head += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Date: " + httpDate() + "\r\n";
    head += "Server: simwatch-standin\r\n";
    for (const auto &h : headers)
        head += h.first + ": " + h.second + "\r\n";
    if (contentLength >= 0)
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    head += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    head += "\r\n";
    return head;
}

} // namespace simwatch::standin
