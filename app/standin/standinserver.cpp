#include "standinserver.h"

#include "democontent.h"
#include "fakesimulation.h"
#include "wavgenerator.h"

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QLoggingCategory>
#include <QtCore/QUrlQuery>
#include <QtHttpServer/QHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>

// Served with QHttpServer: one route() per endpoint, the missing handler for everything else. Every
// answer is written piecewise through QHttpServerResponder (see StandinServerPrivate::send()), which
// in Qt 6.4 is the way to add the Date header 6.4 does not write, to answer HEAD without a body and
// to stream the oversized fault's body while the socket drains. (Qt 6.5 changed the responder API:
// keep its use in this file.)

Q_LOGGING_CATEGORY(lcStandin, "simwatch.standin")

using namespace Qt::StringLiterals;

namespace simwatch::standin {

Fault Fault::of(Kind kind)
{
    Fault f;
    f.kind = kind;
    return f;
}

Fault Fault::status(int httpStatus, const QByteArray &body)
{
    Fault f;
    f.kind = Kind::Status;
    f.httpStatus = httpStatus;
    f.body = body;
    return f;
}

Fault Fault::redirect(const QUrl &to)
{
    Fault f;
    f.kind = Kind::Redirect;
    f.httpStatus = 302;
    f.redirectTo = to;
    return f;
}

namespace {

constexpr qsizetype kMaxAuthHeadersKept = 10000;
const QByteArray kJsonType = "application/json; charset=utf-8";
const QByteArray kHtmlType = "text/html; charset=utf-8";

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One answer, as the routes build it; StandinServerPrivate::send() writes it.
struct Reply
{
    int status = 200;
    HeaderList headers; // Content-Type and extra headers; Content-Length, Date and Server are added
    QByteArray body;
};

Reply jsonResponse(int status, const QJsonObject &body)
{
    return {status, {{"Content-Type", kJsonType}}, QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

Reply jsonError(int status, const QString &code, const QString &description)
{
    return jsonResponse(status, {{u"error"_s, code}, {u"error_description"_s, description}});
}

// What a Werkzeug-based backend (Odoo) answers for a path it has no route for.
Reply htmlNotFound()
{
    return {404, {{"Content-Type", kHtmlType}},
            "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n"
            "<p>The requested URL was not found on the server. If you entered the URL manually please "
            "check your spelling and try again.</p>\n"};
}

// For the bodies the stand-in makes up (the status line's own phrase is Qt's).
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Content Too Large";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
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

bool statusHasNoBody(int status)
{
    return (status >= 100 && status < 200) || status == 204 || status == 304;
}

QByteArray httpDate() // RFC 9110 IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT"
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
        .toLatin1();
}

QByteArray gatewayPage(int status)
{
    const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
    return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
           + "</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n";
}

QByteArray tracebackText()
{
    return "Traceback (most recent call last):\n"
           "  File \"/opt/odoo/odoo/http.py\", line 2187, in __call__\n"
           "    response = request._serve_db()\n"
           "  File \"/opt/odoo/odoo/http.py\", line 1765, in _serve_db\n"
           "    return service_model.retrying(self._serve_ir_http, self.env)\n"
           "  File \"/opt/odoo/odoo/service/model.py\", line 133, in retrying\n"
           "    result = func()\n"
           "  File \"/opt/odoo/addons/omnidim_api/controllers/simulation.py\", line 412, in update_simulation\n"
           "    scenario = simulation.scenarios_ids.filtered(lambda s: s.id == item['id'])\n"
           "  File \"/opt/odoo/odoo/models.py\", line 5890, in filtered\n"
           "    return self.browse([rec.id for rec in self if func(rec)])\n"
           "KeyError: 'id'\n";
}

Reply defaultStatusResponse(int status)
{
    switch (status) {
    case 400:
        return jsonError(400, u"invalid_request"_s, u"The request could not be understood"_s);
    case 401:
        return jsonError(401, u"unauthorized"_s, u"Missing or invalid API key"_s);
    case 403:
        return jsonError(403, u"forbidden"_s,
                         u"You do not have permission to make changes to Call Simulation"_s);
    case 404:
        return jsonError(404, u"not_found"_s, u"Simulation not found"_s);
    case 429:
        return jsonResponse(429, {{u"error"_s, u"rate_limited"_s},
                                  {u"error_description"_s, u"Too many requests. Please slow down."_s},
                                  {u"retry_after"_s, 2}});
    case 500:
        return {status, {{"Content-Type", "text/plain; charset=utf-8"}}, tracebackText()};
    case 502:
    case 503:
    case 504:
        return {status, {{"Content-Type", "text/html"}}, gatewayPage(status)};
    default:
        break;
    }
    if (statusHasNoBody(status))
        return {status, {}, {}};
    return jsonError(status, u"http_"_s + QString::number(status), QString::fromLatin1(reasonPhrase(status)));
}

void setHeader(HeaderList *headers, const QByteArray &name, const QByteArray &value)
{
    headers->removeIf([&](const QPair<QByteArray, QByteArray> &h) {
        return h.first.compare(name, Qt::CaseInsensitive) == 0;
    });
    headers->append({name, value});
}

bool isDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QDateTime utcNowSeconds()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

const Voice kVoicePool[] = {
    {u"21m00Tcm4TlvDq8ikWAM"_s, u"eleven_labs"_s},
    {u"aura-asteria-en"_s, u"deepgram"_s},
    {u"a0e99841-438c-4a64-b679-ae501e7d6091"_s, u"cartesia"_s},
    {u"pNInz6obpgDQGcFmaJgB"_s, u"eleven_labs"_s},
    {u"cove"_s, u"rime"_s},
    {u"s3://voice-cloning-zero-shot/775ae416-49bb-4fb6-bd45-740f205d20a1/jennifersaad/manifest.json"_s,
     u"play_ht"_s},
    {u"aura-orion-en"_s, u"deepgram"_s},
};
constexpr int kVoicePoolSize = int(std::size(kVoicePool));

const QStringList kProviders = {u"eleven_labs"_s, u"play_ht"_s, u"deepgram"_s,
                                u"cartesia"_s,    u"rime"_s,    u"inworld"_s};

struct FaultEntry
{
    Fault fault;
    QString prefix;
    int remaining = 0;
};

} // namespace

class StandinServerPrivate
{
public:
    explicit StandinServerPrivate(StandinServer *qq) : q(qq) { wall.start(); }

    double simNow() const { return simBase + speed * double(wall.nsecsElapsed()) / 1e9; }
    QString origin() const { return u"http://127.0.0.1:"_s + QString::number(tcp ? tcp->serverPort() : 0); }

    int nextFreeId() const
    {
        int id = 771;
        if (!sims.empty())
            id = std::max(id, sims.rbegin()->first);
        return id + 1;
    }
    QList<ScenarioRecord> scenariosFromTemplates(int simId, const QList<int> &templates);
    int addInternal(const SimulationSpec &spec, const QList<int> &templates, double startedSecondsAgo,
                    qint64 createdSecondsAgo);
    void startRun(FakeSimulation &sim, double startedSecondsAgo = 0);
    void seedPastRuns();

    void setUpRoutes();
    // Every request passes here: counted, then answered with an injected fault, a 401, or `route`.
    void serve(const QHttpServerRequest &req, QHttpServerResponder &&responder,
               const std::function<Reply()> &route);
    void send(const QHttpServerRequest &req, QHttpServerResponder &responder, const Reply &reply);
    void sendOversized(const QHttpServerRequest &req, QHttpServerResponder &&responder, const Fault &fault);
    Reply faultReply(const Fault &fault, const QHttpServerRequest &req, const std::function<Reply()> &answer);
    std::optional<Fault> takeFault(const QString &path);
    bool authorized(const QHttpServerRequest &req) const;
    Reply onSimulation(const QString &idText, bool write, const std::function<Reply(int, FakeSimulation &)> &action);
    Reply listSimulations(const QHttpServerRequest &req);
    Reply createSimulation(const QHttpServerRequest &req);
    Reply startSimulation(FakeSimulation &sim, const QHttpServerRequest &req);
    Reply stopSimulation(FakeSimulation &sim);
    Reply enhancePrompt(FakeSimulation &sim);
    Reply serveAudio(const QHttpServerRequest &req, const QString &simulation, const QString &file);
    std::optional<QString> applyScenarioItems(FakeSimulation &sim, const QJsonArray &items, bool replace);

    StandinServer *q;
    QHttpServer *http = nullptr; // child of q, so it moves with q to the demo's thread
    QTcpServer *tcp = nullptr;   // owned by http once listening
    QString apiKey = StandinServer::defaultApiKey();
    QElapsedTimer wall;
    double speed = 1.0;
    double simBase = 0;
    bool simulationAccess = true;
    std::map<int, FakeSimulation> sims;
    int nextRecordingId = 70001;
    int nextScenarioId = 3001;
    QHash<QString, int> pathCounts;
    QList<QByteArray> authSeen;
    QList<FaultEntry> faults;
};

// ---------------------------------------------------------------------------------------------
// Simulations

QList<ScenarioRecord> StandinServerPrivate::scenariosFromTemplates(int simId, const QList<int> &templates)
{
    QList<ScenarioRecord> out;
    QHash<QString, int> seen;
    for (qsizetype k = 0; k < templates.size(); ++k) {
        const int t = templates.at(k);
        const ScenarioText text = scenarioTemplateText(t);
        ScenarioRecord sc;
        sc.id = nextScenarioId++;
        sc.templateIndex = t;
        const int n = ++seen[text.name];
        sc.name = n == 1 ? text.name : text.name + u" #"_s + QString::number(n);
        sc.description = text.description;
        sc.expectedResult = text.expectedResult;
        const int v = int((simId + k * 3) % kVoicePoolSize);
        sc.voices.append(kVoicePool[v]);
        if (k % 3 == 2)
            sc.voices.append(kVoicePool[(v + 1) % kVoicePoolSize]);
        out.append(sc);
    }
    return out;
}

void StandinServerPrivate::startRun(FakeSimulation &sim, double startedSecondsAgo)
{
    const QDateTime wallStart = utcNowSeconds().addSecs(-qint64(startedSecondsAgo));
    sim.start(simNow() - startedSecondsAgo, wallStart, nextRecordingId);
    nextRecordingId += std::max(1, sim.totalCalls());
}

int StandinServerPrivate::addInternal(const SimulationSpec &spec, const QList<int> &templates,
                                      double startedSecondsAgo, qint64 createdSecondsAgo)
{
    const int id = spec.id > 0 ? spec.id : nextFreeId();
    if (sims.count(id)) {
        qCWarning(lcStandin) << "simulation id" << id << "already exists";
        return 0;
    }
    const QDateTime created = utcNowSeconds().addSecs(-createdSecondsAgo);
    auto [it, inserted] = sims.emplace(id, FakeSimulation(id, spec, scenariosFromTemplates(id, templates), created));
    Q_UNUSED(inserted)
    if (!spec.startAsDraft)
        startRun(it->second, startedSecondsAgo);
    return id;
}

std::optional<QString> StandinServerPrivate::applyScenarioItems(FakeSimulation &sim, const QJsonArray &items,
                                                                bool replace)
{
    QList<ScenarioRecord> scenarios = replace ? QList<ScenarioRecord>() : sim.scenarios();
    for (const QJsonValue &v : items) {
        if (!v.isObject())
            return u"Each scenario must be an object"_s;
        const QJsonObject o = v.toObject();
        ScenarioRecord *target = nullptr;
        ScenarioRecord fresh;
        if (o.contains(u"id"_s) && !replace) {
            const int sid = o.value(u"id"_s).toInt();
            auto it = std::find_if(scenarios.begin(), scenarios.end(),
                                   [sid](const ScenarioRecord &s) { return s.id == sid; });
            if (it == scenarios.end())
                return u"Scenario "_s + QString::number(sid) + u" does not belong to this simulation"_s;
            target = &*it;
        } else {
            fresh.id = nextScenarioId++;
            target = &fresh;
        }
        if (o.contains(u"name"_s))
            target->name = o.value(u"name"_s).toString().trimmed();
        if (target->name.isEmpty())
            return u"Scenario name is required"_s;
        if (o.contains(u"description"_s))
            target->description = o.value(u"description"_s).toString();
        if (o.contains(u"expected_result"_s))
            target->expectedResult = o.value(u"expected_result"_s).toString();
        if (o.contains(u"selected_voices"_s)) {
            target->voices.clear();
            for (const QJsonValue &vv : o.value(u"selected_voices"_s).toArray()) {
                const QJsonObject vo = vv.toObject();
                const QString provider = vo.value(u"provider"_s).toString();
                if (!kProviders.contains(provider))
                    return u"Unknown voice provider: "_s + provider;
                const QJsonValue idv = vo.value(u"id"_s);
                target->voices.append({idv.isDouble() ? QString::number(idv.toInteger()) : idv.toString(), provider});
            }
        }
        // Reuse the transcripts of a built-in scenario with the same name; otherwise generic ones.
        target->templateIndex = -1;
        for (int t = 0; t < scenarioTemplateCount(); ++t) {
            if (scenarioTemplateText(t).name.compare(target->name, Qt::CaseInsensitive) == 0)
                target->templateIndex = t;
        }
        if (target == &fresh)
            scenarios.append(fresh);
    }
    sim.setScenarios(scenarios);
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Requests

namespace {

QByteArray headerValue(const QHttpServerRequest &req, const QByteArray &name) // first match or empty
{
    const QList<QPair<QByteArray, QByteArray>> headers = req.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool hasHeader(const QHttpServerRequest &req, const QByteArray &name)
{
    const QList<QPair<QByteArray, QByteArray>> headers = req.headers();
    return std::any_of(headers.cbegin(), headers.cend(), [&](const QPair<QByteArray, QByteArray> &h) {
        return h.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

Reply forbidden()
{
    return jsonError(403, u"forbidden"_s, u"You do not have permission to make changes to Call Simulation"_s);
}

void writeHead(QHttpServerResponder &responder, int status, const HeaderList &headers, qint64 contentLength)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    responder.writeHeader("Date", httpDate());
    responder.writeHeader("Server", "simwatch-standin");
    for (const auto &h : headers)
        responder.writeHeader(h.first, h.second);
    if (contentLength >= 0)
        responder.writeHeader("Content-Length", QByteArray::number(contentLength));
}

// The oversized fault's body: `total` bytes of JSON generated while the socket drains, so that
// 80 MiB never sit in memory. Lives as long as the connection, or until the body is out.
class OversizedBody : public QObject
{
public:
    OversizedBody(QHttpServerResponder &&responder, qint64 total)
        : QObject(responder.socket())
        , m_responder(std::move(responder))
        , m_total(std::max<qint64>(total, kPrefix.size() + kSuffix.size()))
    {
        connect(m_responder.socket(), &QTcpSocket::bytesWritten, this, &OversizedBody::pump);
    }
    QHttpServerResponder &responder() { return m_responder; }
    qint64 total() const { return m_total; }

    void pump()
    {
        constexpr qint64 kChunk = 64 * 1024;
        constexpr qint64 kHighWater = 256 * 1024;
        QTcpSocket *socket = m_responder.socket();
        while (m_pos < m_total && socket->bytesToWrite() < kHighWater) {
            const qint64 n = std::min(m_total - m_pos, kChunk);
            // Byte k of the body: the prefix, then 'x' padding, then the suffix.
            const qint64 suffixStart = m_total - kSuffix.size();
            QByteArray chunk(n, 'x');
            for (qint64 pos = m_pos; pos < std::min(m_pos + n, qint64(kPrefix.size())); ++pos)
                chunk[pos - m_pos] = kPrefix.at(pos);
            for (qint64 pos = std::max(m_pos, suffixStart); pos < m_pos + n; ++pos)
                chunk[pos - m_pos] = kSuffix.at(pos - suffixStart);
            m_responder.writeBody(chunk);
            m_pos += n;
        }
        if (m_pos >= m_total)
            deleteLater();
    }

private:
    static inline const QByteArray kPrefix = R"({"success":true,"simulation":{"id":0,"name":"oversized","padding":")";
    static inline const QByteArray kSuffix = R"("}})";
    QHttpServerResponder m_responder;
    qint64 m_total = 0;
    qint64 m_pos = 0;
};

} // namespace

void StandinServerPrivate::setUpRoutes()
{
    using Method = QHttpServerRequest::Method;
    const QHttpServerRequest::Methods get = Method::Get | Method::Head;
    using Request = const QHttpServerRequest &;
    using Responder = QHttpServerResponder &&;

    http->route(u"/api/v1/simulations"_s, get, [this](Request req, Responder r) {
        serve(req, std::move(r), [&] { return listSimulations(req); });
    });
    http->route(u"/api/v1/simulations"_s, Method::Post, [this](Request req, Responder r) {
        serve(req, std::move(r), [&] { return simulationAccess ? createSimulation(req) : forbidden(); });
    });
    http->route(u"/api/v1/simulations/<arg>"_s, get, [this](const QString &id, Request req, Responder r) {
        serve(req, std::move(r), [&] {
            return onSimulation(id, false, [&](int, FakeSimulation &sim) {
                return jsonResponse(200, {{u"success"_s, true}, {u"simulation"_s, sim.toJson(simNow(), origin())}});
            });
        });
    });
    http->route(u"/api/v1/simulations/<arg>"_s, Method::Put, [this](const QString &id, Request req, Responder r) {
        serve(req, std::move(r), [&] {
            // The vendor notes say update currently fails server-side.
            return onSimulation(id, true, [](int, FakeSimulation &) { return defaultStatusResponse(500); });
        });
    });
    http->route(u"/api/v1/simulations/<arg>"_s, Method::Delete, [this](const QString &id, Request req, Responder r) {
        serve(req, std::move(r), [&] {
            return onSimulation(id, true, [&](int simId, FakeSimulation &sim) {
                sim.stop(simNow()); // a running simulation is stopped first
                sims.erase(simId);
                return jsonResponse(200, {{u"success"_s, true}, {u"message"_s, u"Simulation deleted successfully"_s}});
            });
        });
    });
    http->route(u"/api/v1/simulations/<arg>/start"_s, Method::Post, [this](const QString &id, Request req, Responder r) {
        serve(req, std::move(r), [&] {
            return onSimulation(id, true, [&](int, FakeSimulation &sim) { return startSimulation(sim, req); });
        });
    });
    http->route(u"/api/v1/simulations/<arg>/stop"_s, Method::Post, [this](const QString &id, Request req, Responder r) {
        serve(req, std::move(r), [&] {
            return onSimulation(id, true, [&](int, FakeSimulation &sim) { return stopSimulation(sim); });
        });
    });
    http->route(u"/api/v1/simulations/<arg>/enhance-prompt"_s, Method::Post,
                [this](const QString &id, Request req, Responder r) {
        serve(req, std::move(r), [&] {
            return onSimulation(id, true, [&](int, FakeSimulation &sim) { return enhancePrompt(sim); });
        });
    });
    // /audio/<simulation>/<recording>.wav, without authentication, as recording_url points to it.
    http->route(u"/audio/<arg>/<arg>"_s, get, [this](const QString &sim, const QString &file, Request req, Responder r) {
        serve(req, std::move(r), [&] { return serveAudio(req, sim, file); });
    });
    // Any other path or method: the backend's HTML 404 (QHttpServer 6.4 would answer 404 without a body).
    http->setMissingHandler([this](Request req, Responder r) { serve(req, std::move(r), [] { return htmlNotFound(); }); });
}

void StandinServerPrivate::serve(const QHttpServerRequest &req, QHttpServerResponder &&responder,
                                 const std::function<Reply()> &route)
{
    const QString path = req.url().path();
    ++pathCounts[path];
    if (hasHeader(req, "Authorization")) {
        authSeen.append(headerValue(req, "Authorization"));
        if (authSeen.size() > kMaxAuthHeadersKept)
            authSeen.removeFirst();
    }
    // Under /api/v1 the key is checked before anything else, unknown paths included.
    const auto answer = [&] {
        const bool api = path == u"/api/v1"_s || path.startsWith(u"/api/v1/"_s);
        return api && !authorized(req) ? jsonError(401, u"unauthorized"_s, u"Missing or invalid API key"_s) : route();
    };
    // An injected fault replaces the whole answer, authentication included.
    const std::optional<Fault> fault = takeFault(path);
    if (fault && fault->kind == Fault::Kind::Oversized)
        sendOversized(req, std::move(responder), *fault);
    else
        send(req, responder, fault ? faultReply(*fault, req, answer) : answer());
}

bool StandinServerPrivate::authorized(const QHttpServerRequest &req) const
{
    const QByteArray auth = headerValue(req, "Authorization");
    const bool bearer = auth.size() > 7 && auth.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0;
    return bearer && !apiKey.isEmpty() && QString::fromUtf8(auth.mid(7).trimmed()) == apiKey;
}

void StandinServerPrivate::send(const QHttpServerRequest &req, QHttpServerResponder &responder, const Reply &reply)
{
    if (responder.socket()->state() != QAbstractSocket::ConnectedState)
        return;
    const bool noBody = statusHasNoBody(reply.status);
    writeHead(responder, reply.status, reply.headers, noBody ? -1 : reply.body.size());
    // HEAD: the length of the body GET would have, and no body.
    responder.writeBody(noBody || req.method() == QHttpServerRequest::Method::Head ? QByteArray() : reply.body);
}

void StandinServerPrivate::sendOversized(const QHttpServerRequest &req, QHttpServerResponder &&responder,
                                         const Fault &fault)
{
    if (responder.socket()->state() != QAbstractSocket::ConnectedState)
        return;
    HeaderList headers{{"Content-Type", kJsonType}};
    headers += fault.headers;
    auto *body = new OversizedBody(std::move(responder), fault.oversizeBytes);
    // The responder now lives in `body`; it writes the head and the body from there.
    QHttpServerResponder &r = body->responder();
    writeHead(r, 200, headers, body->total());
    if (req.method() == QHttpServerRequest::Method::Head) {
        r.writeBody(QByteArray());
        body->deleteLater();
        return;
    }
    body->pump();
}

std::optional<Fault> StandinServerPrivate::takeFault(const QString &path)
{
    for (qsizetype i = 0; i < faults.size(); ++i) {
        FaultEntry &e = faults[i];
        if (!path.startsWith(e.prefix))
            continue;
        const Fault f = e.fault;
        if (--e.remaining <= 0)
            faults.removeAt(i);
        return f;
    }
    return std::nullopt;
}

Reply StandinServerPrivate::faultReply(const Fault &f, const QHttpServerRequest &req,
                                       const std::function<Reply()> &answer)
{
    Reply r;
    switch (f.kind) {
    case Fault::Kind::None:
    case Fault::Kind::Oversized: // streamed by sendOversized()
        return answer();
    case Fault::Kind::Status:
        r = defaultStatusResponse(f.httpStatus);
        if (!f.body.isEmpty())
            r.body = f.body;
        if (!f.contentType.isEmpty())
            setHeader(&r.headers, "Content-Type", f.contentType);
        else if (!f.body.isEmpty() && r.headers.isEmpty())
            setHeader(&r.headers, "Content-Type", kJsonType);
        break;
    case Fault::Kind::WrongContentType:
        r = answer();
        setHeader(&r.headers, "Content-Type", f.contentType.isEmpty() ? kHtmlType : f.contentType);
        break;
    case Fault::Kind::Redirect: {
        QUrl to = f.redirectTo;
        if (to.path().isEmpty()) {
            to.setPath(req.url().path());
            to.setQuery(req.url().query());
        }
        r.status = f.httpStatus >= 300 && f.httpStatus < 400 ? f.httpStatus : 302;
        const QByteArray location = to.toEncoded();
        r.headers = {{"Content-Type", kHtmlType}, {"Location", location}};
        r.body = "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n"
                 "<p>You should be redirected automatically to the target URL: <a href=\""
                 + location + "\">" + location + "</a>. If not, click the link.\n";
        break;
    }
    }
    for (const auto &h : f.headers)
        setHeader(&r.headers, h.first, h.second);
    return r;
}

// /simulations/{id}[/action]: an id that is not a number is a path the backend has no route for
// (HTML 404); writes are refused before the id is looked up; an unknown id is the JSON 404.
Reply StandinServerPrivate::onSimulation(const QString &idText, bool write,
                                         const std::function<Reply(int, FakeSimulation &)> &action)
{
    if (!isDigits(idText))
        return htmlNotFound();
    if (write && !simulationAccess)
        return forbidden();
    bool ok = false;
    const int id = idText.toInt(&ok);
    const auto it = ok ? sims.find(id) : sims.end();
    if (it == sims.end())
        return jsonError(404, u"not_found"_s, u"Simulation not found"_s);
    return action(id, it->second);
}

Reply StandinServerPrivate::listSimulations(const QHttpServerRequest &req)
{
    const QUrlQuery query = req.query();
    auto intParam = [&](const QString &name, int def, bool *ok) {
        *ok = true;
        if (!query.hasQueryItem(name))
            return def;
        return query.queryItemValue(name).trimmed().toInt(ok);
    };
    bool okNo = false, okSize = false;
    const int pageno = intParam(u"pageno"_s, 1, &okNo);
    const int pagesize = intParam(u"pagesize"_s, 10, &okSize);
    if (!okNo || pageno < 1)
        return jsonError(400, u"invalid_request"_s, u"pageno must be an integer greater than or equal to 1"_s);
    if (!okSize || pagesize < 1 || pagesize > 150)
        return jsonError(400, u"invalid_request"_s, u"pagesize must be an integer between 1 and 150"_s);

    QJsonArray records;
    const qint64 skip = qint64(pageno - 1) * pagesize;
    qint64 index = 0;
    const double now = simNow();
    for (auto it = sims.crbegin(); it != sims.crend() && records.size() < pagesize; ++it, ++index) {
        if (index >= skip)
            records.append(it->second.toJson(now, origin()));
    }
    return jsonResponse(200, {{u"records"_s, records}, {u"total_records"_s, qint64(sims.size())}});
}

Reply StandinServerPrivate::createSimulation(const QHttpServerRequest &req)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(req.body(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return jsonError(400, u"invalid_request"_s, u"Request body must be a JSON object"_s);
    const QJsonObject o = doc.object();
    auto invalid = [](const QString &msg) { return jsonError(400, u"validation_error"_s, msg); };

    SimulationSpec spec;
    spec.name = o.value(u"name"_s).toString().trimmed();
    if (spec.name.isEmpty())
        return invalid(u"name is required"_s);
    if (!o.value(u"agent_id"_s).isDouble() || o.value(u"agent_id"_s).toInt() <= 0)
        return invalid(u"agent_id is required and must be a positive integer"_s);
    spec.agentId = o.value(u"agent_id"_s).toInt();
    for (const auto &entry : sims) {
        if (entry.second.agentId() == spec.agentId) {
            spec.agentName = entry.second.agentName();
            break;
        }
    }
    auto ranged = [&](const QString &key, int def, int lo, int hi, int *out) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            *out = def;
            return true;
        }
        *out = v.toInt(-1);
        return v.isDouble() && *out >= lo && *out <= hi;
    };
    if (!ranged(u"number_of_call_to_make"_s, 1, 1, 3, &spec.callsPerScenario))
        return invalid(u"number_of_call_to_make must be between 1 and 3"_s);
    if (!ranged(u"concurrent_call_count"_s, 3, 1, 3, &spec.concurrent))
        return invalid(u"concurrent_call_count must be between 1 and 3"_s);
    if (!ranged(u"max_call_duration_in_minutes"_s, 3, 1, 10, &spec.maxCallMinutes))
        return invalid(u"max_call_duration_in_minutes must be between 1 and 10"_s);
    spec.startAsDraft = true;
    spec.scenarios = 0;
    const int id = addInternal(spec, {}, 0, 0);
    FakeSimulation &sim = sims.at(id);
    if (const auto error = applyScenarioItems(sim, o.value(u"scenarios"_s).toArray(), true)) {
        sims.erase(id);
        return invalid(*error);
    }
    return jsonResponse(200, {{u"success"_s, true}, {u"simulation"_s, sim.toJson(simNow(), origin())}});
}

Reply StandinServerPrivate::startSimulation(FakeSimulation &sim, const QHttpServerRequest &req)
{
    // Only a Draft starts: a run that ran is run again by creating a new simulation.
    const Phase phase = sim.snapshot(simNow()).phase;
    if (phase != Phase::Draft) {
        const bool ended = phase == Phase::Completed || phase == Phase::Stopped;
        return jsonResponse(200, {{u"success"_s, false},
                                  {u"message"_s, ended ? u"Only a Draft simulation can be started"_s
                                                       : u"Simulation is already running"_s}});
    }
    if (!req.body().trimmed().isEmpty()) {
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(req.body(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return jsonError(400, u"invalid_request"_s, u"Request body must be a JSON object"_s);
        const QJsonValue items = doc.object().value(u"scenarios"_s);
        if (items.isArray()) {
            if (const auto error = applyScenarioItems(sim, items.toArray(), false))
                return jsonError(400, u"validation_error"_s, *error);
        }
    }
    if (sim.scenarios().isEmpty())
        return jsonError(400, u"validation_error"_s, u"Add at least one scenario before starting the simulation"_s);
    startRun(sim);
    return jsonResponse(200, {{u"success"_s, true},
                              {u"message"_s, u"Simulation started successfully"_s},
                              {u"simulation"_s, sim.toJson(simNow(), origin())}});
}

Reply StandinServerPrivate::stopSimulation(FakeSimulation &sim)
{
    const FakeSimulation::StopResult r = sim.stop(simNow());
    if (!r.stopped)
        return jsonResponse(200, {{u"success"_s, false},
                                  {u"message"_s, u"Simulation cannot be stopped in its current state"_s}});
    return jsonResponse(200, {{u"success"_s, true},
                              {u"message"_s, u"Simulation stopped successfully"_s},
                              {u"disconnect_results"_s, QJsonObject{{u"successful_disconnects"_s, r.disconnected},
                                                                    {u"failed_disconnects"_s, 0},
                                                                    {u"pending_stopped"_s, r.pendingStopped}}}});
}

Reply StandinServerPrivate::enhancePrompt(FakeSimulation &sim)
{
    if (sim.snapshot(simNow()).phase != Phase::Completed)
        return jsonError(400, u"invalid_state"_s,
                         u"Enhanced prompt suggestions are only available for completed simulations"_s);
    const QString agent = sim.agentName().isEmpty() ? u"the agent"_s : sim.agentName();
    return jsonResponse(200, {{u"success"_s, true},
                              {u"previous_context"_s, previousPromptContext(agent)},
                              {u"prompt_breakdown"_s, enhancedPromptBreakdown(agent)}});
}

Reply StandinServerPrivate::serveAudio(const QHttpServerRequest &req, const QString &simulation,
                                      const QString &file)
{
    if (!file.endsWith(u".wav"_s))
        return htmlNotFound();
    const QStringView recording = QStringView(file).chopped(4);
    if (!isDigits(simulation) || !isDigits(recording))
        return htmlNotFound();
    const auto it = sims.find(simulation.toInt());
    if (it == sims.end())
        return htmlNotFound();
    const PlannedCall *call = it->second.plannedCall(recording.toInt());
    if (!call || call->callStatus != u"completed"_s)
        return htmlNotFound();

    // As long as the call: call_duration_in_seconds says how long a player will show.
    const WavRecording wav(quint32(call->recordingId), call->durationSeconds);
    const qint64 len = wav.size();
    Reply r;
    r.headers = {{"Content-Type", "audio/wav"}, {"Accept-Ranges", "bytes"},
                 {"Cache-Control", "public, max-age=86400"}};
    // A single "bytes=a-b" / "bytes=a-" / "bytes=-n" range, as media players send.
    const QByteArray range = headerValue(req, "Range").trimmed();
    if (range.startsWith("bytes=") && !range.contains(',')) {
        const QByteArray spec = range.mid(6);
        const qsizetype dash = spec.indexOf('-');
        qint64 first = -1, last = len - 1;
        bool ok1 = true, ok2 = true;
        if (dash == 0) {
            const qint64 suffix = spec.mid(1).toLongLong(&ok2);
            first = std::max<qint64>(0, len - suffix);
        } else if (dash > 0) {
            first = spec.left(dash).toLongLong(&ok1);
            if (dash + 1 < spec.size())
                last = std::min(len - 1, spec.mid(dash + 1).toLongLong(&ok2));
        }
        if (dash >= 0 && ok1 && ok2) {
            if (first >= len || first > last) {
                r.status = 416;
                r.headers.append({"Content-Range", "bytes */" + QByteArray::number(len)});
                return r;
            }
            r.status = 206;
            r.headers.append({"Content-Range", "bytes " + QByteArray::number(first) + '-'
                                                   + QByteArray::number(last) + '/' + QByteArray::number(len)});
            r.body = wav.bytes(first, last - first + 1);
            return r;
        }
    }
    r.body = wav.all();
    return r;
}

// ---------------------------------------------------------------------------------------------
// StandinServer

namespace {

// Hands QHttpServer its sockets with TCP_NODELAY set, as production web servers do (nginx:
// tcp_nodelay on). Without it the last segment of a reply waits for the client's delayed ACK:
// about 40 ms added to every poll on loopback.
class LowDelayTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

} // namespace

StandinServer::StandinServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<StandinServerPrivate>(this))
{
    d->http = new QHttpServer(this);
    d->setUpRoutes();
}

StandinServer::~StandinServer()
{
    // The routes call into d: the server and its connections go while d is still alive.
    delete d->http;
}

QString StandinServer::defaultApiKey()
{
    return u"demo-key-0123456789"_s;
}

void StandinServer::setApiKey(const QString &key)
{
    d->apiKey = key.trimmed();
}

void StandinServer::setSpeed(double factor)
{
    d->simBase = d->simNow();
    d->wall.restart();
    d->speed = std::max(0.0, factor);
}

void StandinServer::seedDemo()
{
    auto add = [this](int id, const QString &name, int agentId, const QString &agentName,
                      const QList<int> &templates, int calls, int concurrent, double duration,
                      bool draft, bool endStopped, double startedAgo, qint64 createdAgo) {
        if (d->sims.count(id))
            return;
        SimulationSpec spec;
        spec.id = id;
        spec.name = name;
        spec.agentId = agentId;
        spec.agentName = agentName;
        spec.scenarios = int(templates.size());
        spec.callsPerScenario = calls;
        spec.concurrent = concurrent;
        spec.durationSeconds = duration;
        spec.startAsDraft = draft;
        spec.endStopped = endStopped;
        d->addInternal(spec, templates, startedAgo, createdAgo);
    };
    const QString support = u"Customer Support Agent"_s;
    // Watched by `simwatch --demo`: Pending -> In Progress -> Calculating Summary -> Completed in ~2 min.
    add(456, u"Customer Support Test"_s, 1234, support, {0, 1, 2, 3}, 2, 3, 120, false, false, 0, 60);
    // Finished yesterday.
    add(457, u"Billing Escalations"_s, 1235, u"Billing Assistant"_s, {4, 9, 3, 5}, 3, 3, 300, false, false,
        86400, 86400 + 900);
    // Not started yet.
    add(458, u"Onboarding Flow"_s, 1236, u"Onboarding Guide"_s, {10, 8, 11}, 1, 3, 120, true, false, 0, 7200);
    // Stops itself half way (~60 s).
    add(459, u"Refund Requests"_s, 1234, support, {1, 4, 5}, 2, 3, 120, false, true, 0, 300);
    // 30 calls over ~10 minutes.
    add(460, u"Peak Load Rehearsal"_s, 1234, support, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 3, 3, 600, false, false,
        0, 1800);
    d->seedPastRuns();
}

// The account's older runs (ids 455 down to 416, each created a few hours before the next): what
// the list endpoint pages through. Seeded after the five above so that their recording and
// scenario ids stay as they were. Cheap to seed and to serve: one call per scenario, one to
// three scenarios, nearly all finished long ago. The few that run are hours long, so they change
// now and then on the clock and cost nothing between changes.
void StandinServerPrivate::seedPastRuns()
{
    enum class State { Draft, Pending, InProgress, CalculatingSummary, Completed, Stopped };
    struct PastRun
    {
        const char16_t *name; // nullptr: `false`, as Odoo sends an empty name
        int agentId;          // 0: bot_id is `false`
        State state;
    };
    static const PastRun runs[] = {
        {u"Order Status Smoke Test", 1234, State::Draft},
        {u"Appointment Booking \u2013 Evening Slots", 1237, State::Pending},
        {u"Refund Policy Regression", 1234, State::InProgress},
        {u"Escalation Handling v3", 1234, State::CalculatingSummary},
        {u"Double Charge Disputes", 1235, State::Completed},
        {u"Cancellation Retention Offers", 1235, State::Stopped},
        {u"Reschedule Flow (Spanish voices)", 1237, State::InProgress},
        {nullptr, 1234, State::Completed},
        {u"Address Change Edge Cases", 1234, State::Completed},
        {u"Password Reset Lockout", 1236, State::Completed},
        {u"Late Fee Dispute Tone Check", 1235, State::Completed},
        {u"New Account Activation", 1236, State::Stopped},
        {u"Stock Check Before Launch", 1234, State::Completed},
        {u"Weekend Coverage Dry Run", 0, State::Completed},
        {u"Angry Caller Patience", 1234, State::Completed},
        {u"Billing Assistant Nightly", 1235, State::Completed},
        {u"Onboarding Guide Nightly", 1236, State::Draft},
        {u"Support Agent Nightly", 1234, State::Completed},
        {u"Voice Comparison \u2013 Cartesia", 1234, State::Completed},
        {u"Voice Comparison \u2013 ElevenLabs", 1234, State::Completed},
        {u"Long Calls (10 min cap)", 1237, State::Stopped},
        {u"Prompt v12 Baseline", 1234, State::Completed},
        {u"Prompt v13 Candidate", 1234, State::Completed},
        {u"Holiday Returns Rush", 1234, State::Completed},
        {nullptr, 1235, State::Completed},
        {u"Chargeback Wording", 1235, State::Completed},
        {u"Scheduler Double-Booking", 1237, State::Completed},
        {u"Trial-to-Paid Upsell", 1236, State::Completed},
        {u"Interrupting Customer", 1234, State::Stopped},
        {u"Background Noise Robustness", 1234, State::Completed},
        {u"Accented English Callers", 1237, State::Completed},
        {u"Silent Caller Timeout", 1234, State::Completed},
        {u"Multi-Issue Calls", 1234, State::Completed},
        {u"Regression after KB Update", 1235, State::Completed},
        {u"Greeting A/B \u2013 Formal", 1236, State::Completed},
        {u"Greeting A/B \u2013 Casual", 1236, State::Completed},
        {u"Pre-Release Sanity Check", 1234, State::Completed},
        {u"Compliance Disclosure Check", 1235, State::Completed},
        {u"Escalation to Human Handoff", 1234, State::Completed},
        {u"First Run", 1234, State::Completed},
    };
    const QHash<int, QString> agents = {{1234, u"Customer Support Agent"_s},
                                        {1235, u"Billing Assistant"_s},
                                        {1236, u"Onboarding Guide"_s},
                                        {1237, u"Appointment Scheduler"_s}};
    constexpr int newestId = 455;
    constexpr qint64 newestCreatedAgo = 86400 + 3600; // before 457, the oldest of the demo's five
    constexpr qint64 spacing = 7 * 3600;
    constexpr double hour = 3600;
    for (int i = 0; i < int(std::size(runs)); ++i) {
        const PastRun &run = runs[i];
        const int id = newestId - i;
        if (sims.count(id))
            continue;
        const qint64 createdAgo = newestCreatedAgo + i * spacing;
        SimulationSpec spec;
        spec.id = id;
        spec.name = run.name ? QString::fromUtf16(run.name) : QString();
        spec.nameless = !run.name;
        spec.agentId = run.agentId;
        spec.agentName = agents.value(run.agentId);
        spec.scenarios = 1 + id % 3;
        spec.startAsDraft = run.state == State::Draft;
        spec.endStopped = run.state == State::Stopped;
        // Finished runs ran for five minutes, ten minutes after they were created.
        double startedAgo = double(createdAgo) - 600;
        switch (run.state) {
        case State::Pending: // Pending for the first 5 % of four hours
            spec.durationSeconds = 4 * hour;
            startedAgo = 60;
            break;
        case State::InProgress: // a call every half hour or so
            spec.callsPerScenario = 2;
            spec.durationSeconds = 3 * hour;
            startedAgo = 0.4 * spec.durationSeconds;
            break;
        case State::CalculatingSummary: // from 85 % to 100 % of six hours
            spec.durationSeconds = 6 * hour;
            startedAgo = 0.88 * spec.durationSeconds;
            break;
        default:
            spec.durationSeconds = 300;
            break;
        }
        QList<int> templates;
        for (int k = 0; k < spec.scenarios; ++k)
            templates.append((id * 5 + k) % scenarioTemplateCount());
        addInternal(spec, templates, startedAgo, createdAgo);
    }
}

int StandinServer::addSimulation(const SimulationSpec &spec)
{
    const int id = spec.id > 0 ? spec.id : d->nextFreeId();
    const int count = std::clamp(spec.scenarios, 0, 50);
    QList<int> templates;
    for (int k = 0; k < count; ++k)
        templates.append((id * 5 + k) % scenarioTemplateCount());
    SimulationSpec s = spec;
    s.id = id;
    s.scenarios = count;
    return d->addInternal(s, templates, 0, 0);
}

void StandinServer::advance(double simulatedSeconds)
{
    d->simBase += std::max(0.0, simulatedSeconds);
}

quint16 StandinServer::listen(quint16 port)
{
    if (d->tcp)
        return d->tcp->serverPort();
    auto *tcp = new LowDelayTcpServer(d->http);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcStandin) << "cannot listen on 127.0.0.1 port" << port << ":" << tcp->errorString();
        delete tcp;
        return 0;
    }
    d->http->bind(tcp);
    d->tcp = tcp;
    return tcp->serverPort();
}

quint16 StandinServer::port() const
{
    return d->tcp ? d->tcp->serverPort() : quint16(0);
}

QUrl StandinServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(port()) + u"/api/v1"_s);
}

int StandinServer::requestCount(const QString &pathPrefix) const
{
    int n = 0;
    for (auto it = d->pathCounts.cbegin(); it != d->pathCounts.cend(); ++it) {
        if (it.key().startsWith(pathPrefix))
            n += it.value();
    }
    return n;
}

QList<QByteArray> StandinServer::authorizationHeadersSeen() const
{
    return d->authSeen;
}

void StandinServer::injectFault(const Fault &fault, const QString &pathPrefix, int count)
{
    if (count <= 0)
        return;
    d->faults.append({fault, pathPrefix, count});
}

void StandinServer::clearFaults()
{
    d->faults.clear();
}

void StandinServer::setSimulationAccess(bool allowed)
{
    d->simulationAccess = allowed;
}

} // namespace simwatch::standin
