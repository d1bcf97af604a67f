# logging: basicConfig, levels, the logger hierarchy, propagation,
# disable() and the module-level functions.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s:%(name)s:%(funcName)s:%(lineno)d:%(message)s")
log = logging.getLogger("app")
log.debug("debug %s", 1)
log.info("info %d", 2)
log.warning("warn")
log.error("err %(a)s %(b)d", {"a": "mapping", "b": 3})
log.critical("crit")
log.fatal("fatal")
log.log(25, "custom level")

def func():
    log.info("from func")

func()
logging.info("root info %s", "x")
logging.warning("root warning")
logging.log(logging.ERROR, "root log")

child = logging.getLogger("app.db")
child.setLevel(logging.WARNING)
child.info("hidden")
child.warning("shown from child")
print(child.parent is log, log.parent is logging.root, child.getEffectiveLevel(), log.getEffectiveLevel())
print(logging.getLogger("app.db") is child, logging.getLogger() is logging.root,
      logging.getLogger("root") is logging.root, logging.root.name)
print(repr(log), repr(child), repr(logging.root))

deep = logging.getLogger("x.y.z")
mid = logging.getLogger("x.y")
print(deep.parent is mid, mid.parent is logging.root, logging.getLogger("x").getChild("y") is mid)
print(logging.getLogger("x") is mid.parent, deep.parent.parent is logging.getLogger("x"))
print(log.getChild("db") is child, logging.root.getChild("app") is log)

print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(25), logging.getLevelName("NOPE"))
logging.addLevelName(25, "NOTICE")
log.log(25, "notice now")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelNamesMapping()["NOTICE"])
print(child.isEnabledFor(logging.INFO), child.isEnabledFor(logging.ERROR), log.isEnabledFor(logging.DEBUG))

logging.disable(logging.WARNING)
log.warning("disabled warning")
log.error("error still shown")
print(log.isEnabledFor(logging.WARNING), logging.root.manager.disable)
logging.disable()
log.critical("critical disabled")
logging.disable(logging.NOTSET)
log.warning("enabled again")

quiet = logging.getLogger("app.quiet")
quiet.propagate = False
quiet.error("not propagated: goes to the last resort on stderr")
quiet.disabled = True
quiet.critical("disabled logger")
print(log.hasHandlers(), quiet.hasHandlers(), logging.root.hasHandlers())

log.setLevel("ERROR")
log.warning("below ERROR")
log.error("level by name")
log.setLevel(logging.NOTSET)
print(log.level, log.getEffectiveLevel())
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR,
      logging.CRITICAL, logging.FATAL, logging.NOTSET, logging.BASIC_FORMAT)
logging.basicConfig(level=logging.ERROR, format="ignored")
print(logging.root.level, len(logging.root.handlers))
logging.basicConfig(stream=sys.stdout, format="FORCED %(levelname)s %(message)s", force=True)
logging.warning("forced")
logging.info("root level is INFO? %s", logging.root.level)
logging.shutdown()
