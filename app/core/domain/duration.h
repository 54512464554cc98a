#pragma once

#include <QString>

namespace simwatch {

// A call's length as the views and the headless output show it ("3:07", "1:02:03"); empty
// when unknown (negative).
QString formatDuration(int seconds);

} // namespace simwatch
