#pragma once

#include "commandline.h"

#include <functional>

namespace simwatch {

class MainWindow;
class Session;

// The two ways SimWatch runs, shared by `simwatch` (app/main.cpp) and the start-up benchmark,
// which measures this same code with a hook of its own instead of one in the product.
struct GuiHooks
{
    // Called once the window is shown, before the event loop runs.
    std::function<void(MainWindow &window, Session &session)> windowShown;
};

int runGui(const LaunchOptions &options, const GuiHooks &hooks = {});
int runHeadless(const LaunchOptions &options);

} // namespace simwatch
