# runpy.run_module and run_path on temporary modules: __name__, globals, init_globals, alter_sys, packages.
import os
import runpy
import sys

base = "/tmp/baton_case_runpy_mod"
pkg = os.path.join(base, "rp_pkg")
os.makedirs(pkg, exist_ok=True)
files = {
    os.path.join(base, "rp_mod.py"): "import sys\nresult = value * 2 if 'value' in globals() else 'no value'\nname_seen = __name__\nargv0 = sys.argv[0].endswith('rp_mod.py')\nif __name__ == '__main__':\n    print('running as main')\n",
    os.path.join(pkg, "__init__.py"): "print('package init', __name__)\n",
    os.path.join(pkg, "__main__.py"): "print('package main', __name__, __package__)\n",
    os.path.join(pkg, "inner.py"): "here = __name__\npk = __package__\n",
    os.path.join(base, "script.py"): "print('script', __name__, __file__.endswith('script.py'))\nanswer = 42\n",
}
for path, text in files.items():
    with open(path, "w") as f:
        f.write(text)
sys.path.insert(0, base)
try:
    g = runpy.run_module("rp_mod")
    print(g["result"], g["name_seen"], g["__file__"].endswith("rp_mod.py"), g["__package__"] == "")
    g = runpy.run_module("rp_mod", init_globals={"value": 21}, run_name="__main__")
    print(g["result"], g["name_seen"])
    saved = sys.argv[0]
    g = runpy.run_module("rp_mod", alter_sys=True)
    print(g["argv0"], sys.argv[0] == saved, "rp_mod" in sys.modules)
    g = runpy.run_module("rp_pkg.inner")
    print(g["here"], g["pk"])
    runpy.run_module("rp_pkg", run_name="__main__")
    g = runpy.run_path(os.path.join(base, "script.py"))
    print(g["answer"], g["__name__"])
    g = runpy.run_path(os.path.join(base, "script.py"), run_name="__main__")
    try:
        runpy.run_module("no_such_module_rp")
    except ImportError as e:
        print("ImportError:", e)
    try:
        runpy.run_module(".relative")
    except ImportError as e:
        print("ImportError:", e)
finally:
    sys.path.remove(base)
    for path in files:
        os.remove(path)
    os.rmdir(pkg)
    os.rmdir(base)
print(os.path.exists(base))
