#pragma once

#include <QThread>
#include <QUrl>

namespace simwatch::standin {

class StandinServer;

// The stand-in server on a thread of its own, for `simwatch --demo`: like a real server, it
// answers while the window is being built and neither waits for the UI thread nor makes it wait.
class StandinThread
{
public:
    StandinThread();
    ~StandinThread(); // the server is destroyed on its own thread, then the thread ends
    StandinThread(const StandinThread &) = delete;
    StandinThread &operator=(const StandinThread &) = delete;

    // Seeds the demo simulations (see StandinServer::seedDemo) and listens on a loopback port.
    // Returns the server's base URL once it listens, or an empty URL if it could not.
    QUrl startDemo(double speed);

private:
    QThread m_thread;
    StandinServer *m_server = nullptr; // lives on m_thread
};

} // namespace simwatch::standin
