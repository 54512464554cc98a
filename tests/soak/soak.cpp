// Soak run: thousands of poll cycles against the stand-in behind the fault proxy, alternating
// good replies and every kind of fault. Prints RSS over time, live replies and timers; fails on a crash (obviously),
// on memory growth beyond a bound after warm-up, or on leaked objects.
//
//   simwatch-soak [--cycles N] [--max-growth-kib K]

#include "api/apiclient.h"
#include "model/simulationmodel.h"
#include "support/standinfixture.h"
#include "watch/watcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cstdio>

using namespace simwatch;
using namespace std::chrono_literals;
using standin::Fault;
using testing::AnyFault;
using testing::SocketFault;

namespace {

constexpr int SoakSimulation = 460; // the demo's long run: 30 calls, so the body keeps changing

long rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

QList<AnyFault> faultCycle()
{
    auto typed = [](Fault f, const QByteArray &type) { f.contentType = type; return f; };
    auto header = [](Fault f, const QByteArray &name, const QByteArray &value) { f.headers.append({name, value}); return f; };
    return {
        Fault::status(502, "<html><body>Bad gateway</body></html>"),
        SocketFault::of(SocketFault::Kind::ConnectionReset),
        Fault::status(200, "{\"success\":true,\"simulation\":{\"id\":460,"),
        Fault::status(200, "{\"data\":[]}"),
        Fault::status(500, "Traceback (most recent call last):\n  KeyError: 'x'\n"),
        Fault::status(200, "{\"success\":false,\"error_description\":\"busy\"}"),
        header(Fault::status(429, "{\"retry_after\":0}"), "Retry-After", "0"),
        SocketFault::of(SocketFault::Kind::Truncate),
        typed(Fault::status(503), "text/html"),
        SocketFault::delay(150),      // longer than the soak's 100 ms deadline: a timeout
        SocketFault::trickle(200),    // a timeout while bytes still arrive
        Fault::of(Fault::Kind::Oversized), // aborted at the headers
        Fault::redirect(QUrl(QStringLiteral("http://127.0.0.2:9/api/v1/simulations/456"))),
        SocketFault::of(SocketFault::Kind::CloseWithoutReply),
        SocketFault::of(SocketFault::Kind::CloseWithoutReply),
    };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption cyclesOption(QStringLiteral("cycles"), QStringLiteral("Poll cycles (default 10000)."), QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption growthOption(QStringLiteral("max-growth-kib"), QStringLiteral("Allowed RSS growth after warm-up (default 8192 KiB)."), QStringLiteral("kib"), QStringLiteral("8192"));
    const QCommandLineOption noFaultsOption(QStringLiteral("no-faults"), QStringLiteral("Good replies only (to compare)."));
    parser.addOptions({cyclesOption, growthOption, noFaultsOption});
    parser.process(app);
    const int cycles = parser.value(cyclesOption).toInt();
    const long maxGrowth = parser.value(growthOption).toLong();
    const bool withFaults = !parser.isSet(noFaultsOption);
    // Thousands of expected failures would flood the terminal; warnings from Qt itself stay on.
    QLoggingCategory::setFilterRules(QStringLiteral("simwatch.*=false"));

    testing::StandinFixture backend(0.0);
    if (!backend.listen()) {
        std::fprintf(stderr, "soak: cannot listen\n");
        return 1;
    }
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setBaseUrl(backend.baseUrl());
    client.setApiKey(standin::StandinServer::defaultApiKey());
    client.setTimeout(100ms);
    SimulationStore store;
    SimulationModel model(store);
    Watcher watcher(&client, &store);
    watcher.setInterval(1h); // cycles are driven by refresh(), not the timer

    const QList<AnyFault> faults = faultCycle();
    int done = 0, errors = 0, changes = 0;
    const int warmup = qMin(1000, cycles / 5);
    long rssAfterWarmup = 0, rssMax = 0;
    QElapsedTimer clock;
    clock.start();
    std::printf("%8s %10s %8s %8s %9s %9s\n", "cycle", "rss_kib", "errors", "changes", "replies", "timers");

    QObject::connect(&watcher, &Watcher::fetched, &app, [&](int, bool changed, const ApiError &error) {
        ++done;
        errors += error.isError() ? 1 : 0;
        changes += changed ? 1 : 0;
        // Every other request gets a fault; every 50th good cycle the simulation moves on, so the
        // parse and diff path runs too, not only the unchanged-body shortcut.
        if (withFaults && done % 2 == 0)
            backend.injectFault(faults.at((done / 2) % faults.size()), QStringLiteral("/api/v1/simulations/%1").arg(SoakSimulation));
        if (done % 50 == 1)
            backend.server.advance(8);
        if (done == warmup)
            rssAfterWarmup = rssKiB();
        if (done % 1000 == 0 || done == cycles) {
            const long rss = rssKiB();
            rssMax = qMax(rssMax, rss);
            std::printf("%8d %10ld %8d %8d %9lld %9lld\n", done, rss, errors, changes,
                        qlonglong(network.findChildren<QNetworkReply *>().size()),
                        qlonglong(watcher.findChildren<QTimer *>().size()));
            std::fflush(stdout);
        }
        if (done >= cycles)
            QTimer::singleShot(200, &app, &QCoreApplication::quit); // let aborted replies finish
        else
            QTimer::singleShot(0, &watcher, [&watcher] { watcher.refresh(SoakSimulation); }); // no waiting: the soak wants cycles
    });
    watcher.watch(SoakSimulation);
    app.exec();

    const long rssEnd = rssKiB();
    const qsizetype replies = network.findChildren<QNetworkReply *>().size();
    const qsizetype timers = watcher.findChildren<QTimer *>().size();
    const long growth = rssEnd - rssAfterWarmup;
    std::printf("\nsoak: %d cycles in %.1f s (%d errors, %d changes)\n", done, clock.elapsed() / 1000.0, errors, changes);
    std::printf("soak: RSS after warm-up %ld KiB, at end %ld KiB, growth %ld KiB (bound %ld KiB), peak %ld KiB\n",
                rssAfterWarmup, rssEnd, growth, maxGrowth, rssMax);
    std::printf("soak: live replies at end %lld, watcher timers %lld (one clock for every poll)\n",
                qlonglong(replies), qlonglong(timers));
    const bool ok = done >= cycles && growth <= maxGrowth && replies == 0 && timers == 1
        && (!withFaults || errors > cycles / 3) && changes > 10;
    std::printf("soak: %s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
