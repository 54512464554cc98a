#pragma once

#include <QList>

#include <initializer_list>

namespace simwatch {

// True when a dataChanged() with `changed` roles concerns any of `wanted`. An empty list means
// "everything may have changed" (Qt's convention), which is also how a pane is filled the first time.
inline bool rolesTouch(const QList<int> &changed, std::initializer_list<int> wanted)
{
    if (changed.isEmpty())
        return true;
    for (int role : wanted) {
        if (changed.contains(role))
            return true;
    }
    return false;
}

} // namespace simwatch
