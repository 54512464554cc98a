#include "logging.h"

Q_LOGGING_CATEGORY(lcNet, "simwatch.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcParse, "simwatch.parse", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModel, "simwatch.model", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWatch, "simwatch.watch", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "simwatch.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "simwatch.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "simwatch.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHistory, "simwatch.history", QtInfoMsg)
