# logging.config.dictConfig: formatters, handlers with ext:// streams,
# loggers with propagate, filters, incremental updates and errors.
import logging, logging.config, sys

class OnlyEven:
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0

config = {
    "version": 1,
    "formatters": {"brief": {"format": "%(levelname)s:%(name)s:%(message)s"},
                   "named": {"format": "[{name}] {message}", "style": "{"}},
    "filters": {"even": {"()": OnlyEven}, "app": {"name": "app"}},
    "handlers": {
        "out": {"class": "logging.StreamHandler", "formatter": "brief",
                "stream": "ext://sys.stdout", "level": "INFO"},
        "evens": {"class": "logging.StreamHandler", "formatter": "named",
                  "stream": "ext://sys.stdout", "filters": ["even"]},
    },
    "loggers": {
        "app": {"handlers": ["out"], "level": "DEBUG", "propagate": False},
        "app.num": {"handlers": ["evens"], "level": "DEBUG"},
    },
    "root": {"level": "ERROR", "handlers": []},
}
logging.config.dictConfig(config)
log = logging.getLogger("app")
log.debug("hidden by the handler level")
log.info("hello %s", "world")
num = logging.getLogger("app.num")
for i in range(4):
    num.info("n=%d", i)
print(log.propagate, num.propagate, logging.getLogger().level, [h.name for h in log.handlers])

logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"out": {"level": "WARNING"}}})
log.info("now hidden")
log.warning("still shown")

for bad in [{}, {"version": 2},
            {"version": 1, "handlers": {"h": {"class": "no.such.Handler"}}},
            {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "nope"}}},
            {"version": 1, "loggers": {"x": {"handlers": ["missing"]}}},
            {"version": 1, "formatters": {"f": {"format": "%(message)s", "style": "?"}}}]:
    try:
        logging.config.dictConfig(bad)
        print("configured")
    except ValueError as e:
        print("ValueError:", e)
print(logging.config.valid_ident("abc"))
try:
    logging.config.valid_ident("1abc")
except ValueError as e:
    print("ValueError:", e)
