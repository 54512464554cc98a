#pragma once

class QWidget;

namespace simwatch::accessiblealert {

// Status changes that matter (an error banner, a run that ended) said to screen readers as far as
// Qt 6.4 can: the widget gets the accessible role AlertMessage (AT-SPI "alert", which screen readers
// read out when it is shown), and an Alert event is sent (read by the Windows and macOS bridges;
// the Linux bridge of Qt 6.4 drops it). Qt 6.8's QAccessibleAnnouncementEvent is not available.

// Marks `widget` as an alert; its accessible name and description are what is read.
void mark(QWidget *widget);
// Says the alert: `wasShown` true when it was already on screen (its text changed), false when it
// has just been shown (the Linux bridge says it from the show itself).
void say(QWidget *widget, bool wasShown);

} // namespace simwatch::accessiblealert
