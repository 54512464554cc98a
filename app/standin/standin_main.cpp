// simwatch-standin: the stand-in OmniDimension server as a program, for trying SimWatch by hand.
// Seeds the demo simulations, listens on 127.0.0.1 and prints one line
// "listening http://127.0.0.1:PORT/api/v1" to stdout, then serves until killed.

#include "standinserver.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QTextStream>

#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace Qt::StringLiterals;
using simwatch::standin::Fault;
using simwatch::standin::StandinServer;

namespace {

std::optional<Fault::Kind> faultKindFromName(const QString &name)
{
    static const QList<QPair<QString, Fault::Kind>> kinds = {
        {u"status"_s, Fault::Kind::Status},
        {u"wrong-content-type"_s, Fault::Kind::WrongContentType},
        {u"oversized"_s, Fault::Kind::Oversized},
        {u"redirect"_s, Fault::Kind::Redirect},
    };
    for (const auto &k : kinds) {
        if (k.first == name.trimmed().toLower())
            return k.second;
    }
    return std::nullopt;
}

[[noreturn]] void fail(const QString &message)
{
    QTextStream(stderr) << "simwatch-standin: " << message << Qt::endl;
    std::exit(2);
}

int intOption(const QCommandLineParser &parser, const QCommandLineOption &option, int lo, int hi)
{
    bool ok = false;
    const int v = parser.value(option).toInt(&ok);
    if (!ok || v < lo || v > hi) {
        fail(u"--%1 expects an integer between %2 and %3, got \"%4\""_s.arg(option.names().constLast())
                 .arg(lo).arg(hi).arg(parser.value(option)));
    }
    return v;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"simwatch-standin"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Stand-in OmniDimension simulation API on 127.0.0.1, seeded with demo simulations 456-460.\n"
        "Fault kinds for --fault: status, wrong-content-type, oversized, redirect."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOpt(u"port"_s, u"TCP port to listen on (0 = any free port)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption keyOpt(u"key"_s, u"API key accepted as Bearer token."_s, u"KEY"_s,
                                    StandinServer::defaultApiKey());
    const QCommandLineOption speedOpt(u"speed"_s, u"Simulated seconds per real second."_s, u"F"_s, u"1"_s);
    const QCommandLineOption noDemoOpt(u"no-demo"_s, u"Do not seed the demo simulations."_s);
    const QCommandLineOption noAccessOpt(u"no-access"_s,
                                         u"Answer writes with the 403 feature-gate error."_s);
    const QCommandLineOption faultOpt(u"fault"_s, u"Inject a fault of this kind."_s, u"KIND"_s);
    const QCommandLineOption faultCountOpt(u"fault-count"_s, u"Number of requests that get the fault."_s,
                                           u"N"_s, u"1"_s);
    const QCommandLineOption faultPathOpt(u"fault-path"_s,
                                          u"Only requests whose path starts with this prefix get the fault."_s,
                                          u"PREFIX"_s);
    const QCommandLineOption faultStatusOpt(u"fault-status"_s,
                                            u"HTTP status for the fault (implies --fault status)."_s, u"CODE"_s);
    const QCommandLineOption faultRedirectOpt(u"fault-redirect"_s, u"Target of a redirect fault."_s, u"URL"_s);
    const QCommandLineOption faultTypeOpt(u"fault-content-type"_s,
                                          u"Content-Type for wrong-content-type / status faults."_s, u"TYPE"_s);
    parser.addOptions({portOpt, keyOpt, speedOpt, noDemoOpt, noAccessOpt, faultOpt, faultCountOpt,
                       faultPathOpt, faultStatusOpt, faultRedirectOpt, faultTypeOpt});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        fail(u"unexpected argument \"%1\" (see --help)"_s.arg(parser.positionalArguments().constFirst()));

    StandinServer server;
    const int port = intOption(parser, portOpt, 0, 65535);
    const QString key = parser.value(keyOpt).trimmed();
    if (key.size() < 8)
        fail(u"--key must be at least 8 characters (the vendor SDKs reject shorter keys)"_s);
    server.setApiKey(key);
    bool speedOk = false;
    const double speed = parser.value(speedOpt).toDouble(&speedOk);
    if (!speedOk || speed < 0 || speed > 10000)
        fail(u"--speed expects a number between 0 and 10000, got \"%1\""_s.arg(parser.value(speedOpt)));
    server.setSpeed(speed);
    server.setSimulationAccess(!parser.isSet(noAccessOpt));

    if (parser.isSet(faultOpt) || parser.isSet(faultStatusOpt)) {
        Fault fault;
        if (parser.isSet(faultOpt)) {
            const auto kind = faultKindFromName(parser.value(faultOpt));
            if (!kind)
                fail(u"unknown fault kind \"%1\" (see --help)"_s.arg(parser.value(faultOpt)));
            fault.kind = *kind;
        } else {
            fault.kind = Fault::Kind::Status;
        }
        if (parser.isSet(faultStatusOpt))
            fault.httpStatus = intOption(parser, faultStatusOpt, 100, 599);
        else if (fault.kind == Fault::Kind::Status)
            fault.httpStatus = 503;
        if (parser.isSet(faultTypeOpt))
            fault.contentType = parser.value(faultTypeOpt).toUtf8();
        if (fault.kind == Fault::Kind::Redirect) {
            const QUrl to = QUrl::fromUserInput(parser.value(faultRedirectOpt));
            if (!parser.isSet(faultRedirectOpt) || !to.isValid())
                fail(u"--fault redirect needs --fault-redirect URL"_s);
            fault.redirectTo = to;
            if (!parser.isSet(faultStatusOpt))
                fault.httpStatus = 302;
        }
        server.injectFault(fault, parser.value(faultPathOpt),
                           intOption(parser, faultCountOpt, 1, 1000 * 1000));
    }

    if (!parser.isSet(noDemoOpt))
        server.seedDemo();
    const quint16 bound = server.listen(quint16(port));
    if (bound == 0)
        fail(u"cannot listen on 127.0.0.1 port %1"_s.arg(port));

    QTextStream out(stdout);
    out << "listening " << server.baseUrl().toString() << Qt::endl; // endl flushes
    QTextStream(stderr) << "API key: " << key << "  (Authorization: Bearer " << key << ")" << Qt::endl;
    return app.exec();
}
