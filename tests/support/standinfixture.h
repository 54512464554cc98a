#pragma once

// The set-up the network tests share: the stand-in seeded with the demo simulations (456-460) and
// the fault proxy in front of it, both on loopback (StandinFixture); and a client watching
// simulations the way the app does (WatchRig). Clients talk to baseUrl(), through the proxy;
// HTTP-level faults are served by the stand-in, socket-level ones by the proxy.

#include "api/apiclient.h"
#include "model/simulationmodel.h"
#include "standinserver.h"
#include "support/faultproxy.h"
#include "watch/watcher.h"

#include <QtNetwork/QNetworkAccessManager>

#include <chrono>
#include <variant>

namespace simwatch::testing {

using AnyFault = std::variant<standin::Fault, SocketFault>;

class StandinFixture
{
public:
    // speed: simulated seconds per real second (0 freezes the clock: good replies stay identical).
    explicit StandinFixture(double speed = 1.0)
    {
        server.setSpeed(speed);
        server.seedDemo();
    }

    // Both listen (QVERIFY it); the stand-in on `port` if given.
    [[nodiscard]] bool listen(quint16 port = 0)
    {
        const quint16 bound = server.listen(port);
        return bound != 0 && proxy.listen(bound) != 0;
    }

    QUrl baseUrl() const { return proxy.baseUrl(); }

    // The next `count` requests whose path starts with pathPrefix get this fault.
    void injectFault(const AnyFault &fault, const QString &pathPrefix = {}, int count = 1)
    {
        if (const auto *http = std::get_if<standin::Fault>(&fault))
            server.injectFault(*http, pathPrefix, count);
        else
            proxy.injectFault(std::get<SocketFault>(fault), pathPrefix, count);
    }

    standin::StandinServer server;
    FaultProxy proxy;
};

// ApiClient, store, model adapter and watcher, polling every 100 ms.
struct WatchRig
{
    explicit WatchRig(const QUrl &baseUrl, std::chrono::milliseconds timeout = std::chrono::seconds(2),
                      const QString &key = standin::StandinServer::defaultApiKey())
    {
        client.setBaseUrl(baseUrl);
        client.setApiKey(key);
        client.setTimeout(timeout);
        watcher.setInterval(std::chrono::milliseconds(100));
    }
    QModelIndex sim(int id) const { return model.indexOfSimulation(id); }
    bool hasData(int id) const { return sim(id).data(SimulationModel::HasDataRole).toBool(); }
    ApiError errorOf(int id) const { return sim(id).data(SimulationModel::ErrorRole).value<ApiError>(); }

    QNetworkAccessManager network;
    ApiClient client{&network};
    SimulationStore store;
    SimulationModel model{store};
    Watcher watcher{&client, &store};
};

} // namespace simwatch::testing
