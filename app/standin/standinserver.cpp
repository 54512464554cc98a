#include "standinserver.h"

#include "democontent.h"
#include "fakesimulation.h"
#include "httpconnection.h"
#include "httpmessage.h"
#include "wavgenerator.h"

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTimer>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <algorithm>
#include <map>
#include <optional>

// Why a QTcpServer with our own HTTP/1.1 code rather than QHttpServer:
// QHttpServer 6.4 answers through QHttpServerResponder, which writes a complete response and manages
// the connection itself. The fault injection this server exists for needs socket-level control that
// it cannot give without fighting its internals: declaring a Content-Length and then sending half the
// body (Truncate), closing before any byte of the answer (CloseWithoutReply), pacing the body over
// seconds (Trickle), streaming an 80 MiB body generated on the fly (Oversized), resetting the TCP
// connection mid-body (ConnectionReset), and delaying an answer while the connection stays usable.
// 6.4 also gives no control over the Date header or keep-alive behaviour. A small request parser on
// QTcpServer (httpmessage.*, httpconnection.*) does all of this in a few hundred lines and behaves
// like a plain HTTP/1.1 server to QNetworkAccessManager: keep-alive, pipelined requests, Content-Length
// bodies, "Connection: close", Date and Server headers, HEAD, Expect: 100-continue.

Q_LOGGING_CATEGORY(lcStandin, "simwatch.standin")

using namespace Qt::StringLiterals;

namespace simwatch::standin {

Fault Fault::of(Kind kind)
{
    Fault f;
    f.kind = kind;
    return f;
}

Fault Fault::delay(int ms)
{
    Fault f;
    f.kind = Kind::Delay;
    f.delayMs = ms;
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

HttpResponse jsonResponse(int status, const QJsonObject &body)
{
    HttpResponse r;
    r.status = status;
    r.headers = {{"Content-Type", kJsonType}};
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse jsonError(int status, const QString &code, const QString &description)
{
    return jsonResponse(status, {{u"error"_s, code}, {u"error_description"_s, description}});
}

// What a Werkzeug-based backend (Odoo) answers for a path it has no route for.
QByteArray notFoundPage()
{
    return "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n"
           "<p>The requested URL was not found on the server. If you entered the URL manually please "
           "check your spelling and try again.</p>\n";
}

HttpResponse htmlNotFound()
{
    HttpResponse r;
    r.status = 404;
    r.headers = {{"Content-Type", kHtmlType}};
    r.body = notFoundPage();
    return r;
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

HttpResponse defaultStatusResponse(int status)
{
    HttpResponse r;
    r.status = status;
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
        r.headers = {{"Content-Type", "text/plain; charset=utf-8"}};
        r.body = tracebackText();
        return r;
    case 502:
    case 503:
    case 504:
        r.headers = {{"Content-Type", "text/html"}};
        r.body = gatewayPage(status);
        return r;
    default:
        break;
    }
    if (statusHasNoBody(status))
        return r;
    return jsonError(status, u"http_"_s + QString::number(status), QString::fromLatin1(reasonPhrase(status)));
}

void setHeader(HeaderList *headers, const QByteArray &name, const QByteArray &value)
{
    headers->removeIf([&](const QPair<QByteArray, QByteArray> &h) {
        return h.first.compare(name, Qt::CaseInsensitive) == 0;
    });
    headers->append({name, value});
}

bool isDigits(const QByteArray &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](char c) { return c >= '0' && c <= '9'; });
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

    void handle(HttpConnection *conn, const HttpRequest &req);
    void applyFault(HttpConnection *conn, const HttpRequest &req, const Fault &fault);
    std::optional<Fault> takeFault(const QString &path);
    HttpResponse route(const HttpRequest &req);
    HttpResponse routeApi(const HttpRequest &req, const QByteArray &method);
    HttpResponse serveAudio(const HttpRequest &req, const QByteArray &method);
    HttpResponse listSimulations(const HttpRequest &req);
    HttpResponse createSimulation(const HttpRequest &req);
    HttpResponse startSimulation(FakeSimulation &sim, const HttpRequest &req);
    HttpResponse stopSimulation(FakeSimulation &sim);
    HttpResponse enhancePrompt(FakeSimulation &sim);
    std::optional<QString> applyScenarioItems(FakeSimulation &sim, const QJsonArray &items, bool replace);

    StandinServer *q;
    QTcpServer *tcp = nullptr;
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

void StandinServerPrivate::handle(HttpConnection *conn, const HttpRequest &req)
{
    const QString path = QString::fromLatin1(req.path);
    ++pathCounts[path];
    if (req.hasHeader("Authorization")) {
        authSeen.append(req.header("Authorization"));
        if (authSeen.size() > kMaxAuthHeadersKept)
            authSeen.removeFirst();
    }
    const std::optional<Fault> fault = takeFault(path);
    if (!fault) {
        conn->respond(route(req));
        return;
    }
    if (fault->delayMs > 0) {
        QTimer::singleShot(fault->delayMs, conn, [this, conn, req, f = *fault] { applyFault(conn, req, f); });
        return;
    }
    applyFault(conn, req, *fault);
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

void StandinServerPrivate::applyFault(HttpConnection *conn, const HttpRequest &req, const Fault &f)
{
    auto normalWithHeaders = [&] {
        HttpResponse r = route(req);
        for (const auto &h : f.headers)
            setHeader(&r.headers, h.first, h.second);
        return r;
    };
    switch (f.kind) {
    case Fault::Kind::None:
    case Fault::Kind::Delay:
        conn->respond(route(req));
        return;
    case Fault::Kind::Status: {
        HttpResponse r = defaultStatusResponse(f.httpStatus);
        if (!f.body.isEmpty())
            r.body = f.body;
        if (!f.contentType.isEmpty())
            setHeader(&r.headers, "Content-Type", f.contentType);
        else if (!f.body.isEmpty() && r.headers.isEmpty())
            setHeader(&r.headers, "Content-Type", kJsonType);
        for (const auto &h : f.headers)
            setHeader(&r.headers, h.first, h.second);
        conn->respond(r);
        return;
    }
    case Fault::Kind::WrongContentType: {
        HttpResponse r = normalWithHeaders();
        setHeader(&r.headers, "Content-Type", f.contentType.isEmpty() ? kHtmlType : f.contentType);
        conn->respond(r);
        return;
    }
    case Fault::Kind::Truncate:
        conn->respondTruncated(normalWithHeaders());
        return;
    case Fault::Kind::CloseWithoutReply:
        conn->closeWithoutReply();
        return;
    case Fault::Kind::Trickle:
        conn->respondTrickle(normalWithHeaders(), f.trickleBytesPerSecond);
        return;
    case Fault::Kind::Oversized:
        conn->respondOversized(f.headers, f.oversizeBytes);
        return;
    case Fault::Kind::Redirect: {
        QUrl to = f.redirectTo;
        if (to.path().isEmpty()) {
            to.setPath(QString::fromLatin1(req.path), QUrl::TolerantMode);
            if (!req.query.isEmpty())
                to.setQuery(QString::fromLatin1(req.query), QUrl::TolerantMode);
        }
        HttpResponse r;
        r.status = f.httpStatus >= 300 && f.httpStatus < 400 ? f.httpStatus : 302;
        const QByteArray location = to.toEncoded();
        r.headers = {{"Content-Type", kHtmlType}, {"Location", location}};
        r.body = "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n"
                 "<p>You should be redirected automatically to the target URL: <a href=\""
                 + location + "\">" + location + "</a>. If not, click the link.\n";
        for (const auto &h : f.headers)
            setHeader(&r.headers, h.first, h.second);
        conn->respond(r);
        return;
    }
    case Fault::Kind::ConnectionReset:
        conn->respondReset(normalWithHeaders());
        return;
    }
}

HttpResponse StandinServerPrivate::route(const HttpRequest &req)
{
    const QByteArray method = req.method == "HEAD" ? QByteArray("GET") : req.method;
    if (req.path.startsWith("/audio/"))
        return serveAudio(req, method);
    if (req.path == "/api/v1" || req.path.startsWith("/api/v1/"))
        return routeApi(req, method);
    return htmlNotFound();
}

HttpResponse StandinServerPrivate::routeApi(const HttpRequest &req, const QByteArray &method)
{
    const QByteArray auth = req.header("Authorization");
    const bool bearer = auth.size() > 7 && auth.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0;
    if (!bearer || QString::fromUtf8(auth.mid(7).trimmed()) != apiKey || apiKey.isEmpty())
        return jsonError(401, u"unauthorized"_s, u"Missing or invalid API key"_s);

    const QList<QByteArray> segs = req.path.mid(int(qstrlen("/api/v1/"))).split('/');
    if (segs.isEmpty() || segs.at(0) != "simulations")
        return htmlNotFound();

    const bool write = method == "POST" || method == "PUT" || method == "DELETE" || method == "PATCH";
    auto forbidden = [] {
        return jsonError(403, u"forbidden"_s, u"You do not have permission to make changes to Call Simulation"_s);
    };

    if (segs.size() == 1) {
        if (method == "GET")
            return listSimulations(req);
        if (method == "POST")
            return simulationAccess ? createSimulation(req) : forbidden();
        return htmlNotFound();
    }
    if (segs.size() > 3 || !isDigits(segs.at(1)))
        return htmlNotFound();
    const QByteArray action = segs.size() == 3 ? segs.at(2) : QByteArray();
    const bool known = (action.isEmpty() && (method == "GET" || method == "PUT" || method == "DELETE"))
                    || (method == "POST" && (action == "stop" || action == "start" || action == "enhance-prompt"));
    if (!known)
        return htmlNotFound();
    if (write && !simulationAccess)
        return forbidden();

    bool ok = false;
    const int id = segs.at(1).toInt(&ok);
    auto it = ok ? sims.find(id) : sims.end();
    if (it == sims.end())
        return jsonError(404, u"not_found"_s, u"Simulation not found"_s);
    FakeSimulation &sim = it->second;

    if (action.isEmpty()) {
        if (method == "GET")
            return jsonResponse(200, {{u"success"_s, true}, {u"simulation"_s, sim.toJson(simNow(), origin())}});
        if (method == "PUT") {
            // The vendor notes say update currently fails server-side.
            HttpResponse r = defaultStatusResponse(500);
            return r;
        }
        // DELETE: a running simulation is stopped first.
        sim.stop(simNow());
        sims.erase(it);
        return jsonResponse(200, {{u"success"_s, true}, {u"message"_s, u"Simulation deleted successfully"_s}});
    }
    if (action == "stop")
        return stopSimulation(sim);
    if (action == "start")
        return startSimulation(sim, req);
    return enhancePrompt(sim);
}

HttpResponse StandinServerPrivate::listSimulations(const HttpRequest &req)
{
    const QUrlQuery query(QString::fromLatin1(req.query));
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

HttpResponse StandinServerPrivate::createSimulation(const HttpRequest &req)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &err);
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

HttpResponse StandinServerPrivate::startSimulation(FakeSimulation &sim, const HttpRequest &req)
{
    if (!sim.isStartable(simNow()))
        return jsonResponse(200, {{u"success"_s, false},
                                  {u"message"_s, u"Simulation is already running"_s}});
    if (!req.body.trimmed().isEmpty()) {
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(req.body, &err);
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

HttpResponse StandinServerPrivate::stopSimulation(FakeSimulation &sim)
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

HttpResponse StandinServerPrivate::enhancePrompt(FakeSimulation &sim)
{
    if (sim.snapshot(simNow()).phase != Phase::Completed)
        return jsonError(400, u"invalid_state"_s,
                         u"Enhanced prompt suggestions are only available for completed simulations"_s);
    const QString agent = sim.agentName().isEmpty() ? u"the agent"_s : sim.agentName();
    return jsonResponse(200, {{u"success"_s, true},
                              {u"previous_context"_s, previousPromptContext(agent)},
                              {u"prompt_breakdown"_s, enhancedPromptBreakdown(agent)}});
}

HttpResponse StandinServerPrivate::serveAudio(const HttpRequest &req, const QByteArray &method)
{
    if (method != "GET")
        return htmlNotFound();
    // /audio/<simulation>/<recording>.wav
    const QList<QByteArray> segs = req.path.mid(int(qstrlen("/audio/"))).split('/');
    if (segs.size() != 2 || !isDigits(segs.at(0)) || !segs.at(1).endsWith(".wav"))
        return htmlNotFound();
    const QByteArray recPart = segs.at(1).chopped(4);
    if (!isDigits(recPart))
        return htmlNotFound();
    const auto it = sims.find(segs.at(0).toInt());
    if (it == sims.end())
        return htmlNotFound();
    const PlannedCall *call = it->second.plannedCall(recPart.toInt());
    if (!call || call->callStatus != u"completed"_s)
        return htmlNotFound();

    const QByteArray wav = makeWav(quint32(call->recordingId));
    HttpResponse r;
    r.headers = {{"Content-Type", "audio/wav"}, {"Accept-Ranges", "bytes"},
                 {"Cache-Control", "public, max-age=86400"}};
    // A single "bytes=a-b" / "bytes=a-" / "bytes=-n" range, as media players send.
    const QByteArray range = req.header("Range").trimmed();
    if (range.startsWith("bytes=") && !range.contains(',')) {
        const QByteArray spec = range.mid(6);
        const qsizetype dash = spec.indexOf('-');
        const qint64 len = wav.size();
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
            r.body = wav.mid(first, last - first + 1);
            return r;
        }
    }
    r.body = wav;
    return r;
}

// ---------------------------------------------------------------------------------------------
// StandinServer

StandinServer::StandinServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<StandinServerPrivate>(this))
{
    d->tcp = new QTcpServer(this);
    connect(d->tcp, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = d->tcp->nextPendingConnection()) {
            new HttpConnection(
                socket, [this](HttpConnection *conn, const HttpRequest &req) { d->handle(conn, req); }, this);
        }
    });
}

StandinServer::~StandinServer()
{
    d->tcp->close();
    // Connections call back into d: delete them while d is still alive.
    qDeleteAll(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly));
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
    if (d->tcp->isListening())
        return d->tcp->serverPort();
    if (!d->tcp->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcStandin) << "cannot listen on 127.0.0.1 port" << port << ":" << d->tcp->errorString();
        return 0;
    }
    return d->tcp->serverPort();
}

quint16 StandinServer::port() const
{
    return d->tcp->isListening() ? d->tcp->serverPort() : quint16(0);
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
