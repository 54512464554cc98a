#pragma once

#include <QByteArrayView>
#include <QDateTime>

namespace simwatch {

// An HTTP date as RFC 9110 section 5.6.7 requires recipients to accept: IMF-fixdate
// ("Sun, 06 Nov 1994 08:49:37 GMT"), the obsolete RFC 850 form ("Sunday, 06-Nov-94 08:49:37 GMT")
// and asctime ("Sun Nov  6 08:49:37 1994"); also the RFC 2822 numeric zone ("... +0000") that
// some servers send. An invalid QDateTime when the text is none of these. `now` resolves the
// two-digit year of the RFC 850 form.
QDateTime parseHttpDate(QByteArrayView text, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace simwatch
