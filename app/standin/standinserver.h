#pragma once

// The stand-in OmniDimension server: a faithful fake of the simulation API (shapes, Odoo quirks,
// status lifecycle on its own clock) plus HTTP-level fault injection, served with QHttpServer over
// loopback HTTP/1.1.
// Used by `simwatch --demo`, by the tests and by the `simwatch-standin` executable.
//
// It builds its JSON on its own and deliberately shares no code with the client (app/core), so a
// misunderstanding of the API in one cannot be hidden by the same misunderstanding in the other.

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <memory>

namespace simwatch::standin {

// A simulation to add with StandinServer::addSimulation(). Aggregate: designated initialisers work.
struct SimulationSpec
{
    QString name;                  // empty -> "Simulation <id>"
    bool nameless = false;         // name sent as `false` (an Odoo text field left empty)
    int agentId = 0;               // 0 -> bot_id is `false`
    QString agentName;             // empty -> "Agent <agentId>"
    int scenarios = 3;             // number of scenarios (0..50)
    int callsPerScenario = 1;      // number_of_call_to_make, clamped to 1..3
    int concurrent = 3;            // concurrent_call_count (>= 1; the real API allows 1..3)
    int maxCallMinutes = 3;        // max_call_duration_in_minutes (1..10)
    double durationSeconds = 120;  // simulated seconds from Pending to Completed
    bool startAsDraft = false;     // stay Draft until POST .../start
    bool endStopped = false;       // the run stops itself at ~50% (status Stopped)
    int id = 0;                    // 0 = next free id
};

// An HTTP-level fault: a whole answer served instead of the normal reply (see
// StandinServer::injectFault()). Faults below HTTP (delays, cut or paced bodies, closed or reset
// connections) are not the product's business: tests put a byte-level proxy in front of the server
// for those (tests/support/faultproxy.h).
struct Fault
{
    enum class Kind {
        None,              // no fault: the normal reply
        Status,            // answer httpStatus with `body` (or a default fitting the status) + headers
        WrongContentType,  // the normal body, but Content-Type = contentType (default text/html)
        Oversized,         // 200 JSON whose Content-Length is oversizeBytes, body streamed on the fly
        Redirect,          // 302 (or httpStatus if 3xx) to redirectTo; path+query kept if it has no path
    };

    Kind kind = Kind::None;
    int httpStatus = 200;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers; // extra response headers
    QUrl redirectTo;
    qint64 oversizeBytes = 80 * 1024 * 1024; // over the client's 64 MiB cap

    // Convenience constructors.
    static Fault of(Kind kind);
    static Fault status(int httpStatus, const QByteArray &body = {});
    static Fault redirect(const QUrl &to);
};

class StandinServerPrivate;

class StandinServer : public QObject
{
    Q_OBJECT
public:
    explicit StandinServer(QObject *parent = nullptr);
    ~StandinServer() override;

    static QString defaultApiKey(); // "demo-key-0123456789"
    void setApiKey(const QString &key); // Bearer key accepted; others -> 401
    void setSpeed(double factor);       // simulated seconds per real second (default 1.0; 0 freezes)
    // ids 456..460 (the demo's runs, see standinserver.cpp) and 40 older runs of the account,
    // ids 416..455, in every status, so that the list endpoint has pages to turn.
    void seedDemo();
    // Adds a simulation whose lifecycle starts now (status Pending unless startAsDraft); returns its
    // id, or 0 if spec.id is already taken.
    int addSimulation(const SimulationSpec &spec);
    void advance(double simulatedSeconds); // move every clock forward instantly (tests)
    quint16 listen(quint16 port = 0);      // QHostAddress::LocalHost; bound port, 0 on failure
    quint16 port() const;
    QUrl baseUrl() const;                  // http://127.0.0.1:<port>/api/v1
    // Requests received whose path (query excluded) starts with pathPrefix, faulted ones included.
    int requestCount(const QString &pathPrefix = {}) const;
    QList<QByteArray> authorizationHeadersSeen() const; // every Authorization header value received
    // The next `count` requests whose path (query excluded) starts with `pathPrefix` get this fault
    // instead of the normal reply. Faults are matched in the order they were injected.
    void injectFault(const Fault &fault, const QString &pathPrefix = {}, int count = 1);
    void clearFaults();
    void setSimulationAccess(bool allowed); // false -> writes answer the 403 feature-gate error

private:
    std::unique_ptr<StandinServerPrivate> d;
};

} // namespace simwatch::standin
