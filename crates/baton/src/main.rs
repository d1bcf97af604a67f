//! The `baton` command: python3's command line.
//!
//! `baton [option] ... [-c cmd | -m mod | file | -] [arg] ...`

mod repl;

#[cfg(feature = "mimalloc")]
mod alloc {
    //! The global allocator: mimalloc. Allocations aligned to at most 8
    //! bytes (every object and almost every buffer) use plain `mi_malloc`,
    //! whose blocks are always 8-aligned; only larger alignments take the
    //! slower aligned entry points.
    use mimalloc_sys as mi;
    use std::alloc::{GlobalAlloc, Layout};
    use std::ffi::c_void;

    pub struct Mi;

    const PLAIN_ALIGN: usize = 8;

    // SAFETY: every method forwards to mimalloc, which returns blocks of at
    // least the requested size aligned as `Layout` asks (8 bytes for the
    // plain entry points, which are used only when that suffices), frees
    // any block it returned with `mi_free`, and is thread-safe.
    unsafe impl GlobalAlloc for Mi {
        #[inline]
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            // SAFETY: see the impl.
            unsafe {
                if layout.align() <= PLAIN_ALIGN {
                    mi::mi_malloc(layout.size()) as *mut u8
                } else {
                    mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
                }
            }
        }

        #[inline]
        unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
            // SAFETY: see the impl.
            unsafe {
                if layout.align() <= PLAIN_ALIGN {
                    mi::mi_zalloc(layout.size()) as *mut u8
                } else {
                    mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
                }
            }
        }

        #[inline]
        unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
            // SAFETY: see the impl.
            unsafe { mi::mi_free(ptr as *mut c_void) }
        }

        #[inline]
        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            // SAFETY: see the impl.
            unsafe {
                if layout.align() <= PLAIN_ALIGN {
                    mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
                } else {
                    mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
                }
            }
        }
    }

    #[global_allocator]
    static GLOBAL: Mi = Mi;
}

use baton_vm::Config;
use std::io::{IsTerminal, Read};

const USAGE: &str = "usage: baton [option] ... [-c cmd | -m mod | file | -] [arg] ...";

const HELP: &str = "usage: baton [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (and corresponding environment variables):
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-m mod : run library module as a script (terminates option list)
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
-X opt : set implementation-specific option (kept in sys._xoptions);
         -X gil=1 keeps the Global Interpreter Lock (the default); -X gil=0
         (the free-threaded mode) is not supported by this build yet
-B, -E, -I, -O, -q, -s, -S : accepted for compatibility, no effect
-W arg : warning control (accepted)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Other environment variables:
PYTHONPATH : ':'-separated list of directories prefixed to the
             default module search path.
PYTHON_GIL : as -X gil=N (only 1 is supported by this build yet).
";

enum Program {
    File(String),
    Command(String),
    Module(String),
    Stdin,
    Repl,
}

fn usage_error(msg: &str) -> ! {
    eprintln!("{msg}\n{USAGE}\nTry `baton -h' for more information.");
    std::process::exit(2);
}

fn parse_args() -> (Config, Program, bool) {
    let args: Vec<String> = std::env::args().collect();
    let mut config = Config {
        executable: std::env::current_exe()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|_| "baton".into()),
        ..Config::default()
    };
    let mut i = 1;
    let mut program = None;
    let mut inspect = false;
    while i < args.len() {
        let a = &args[i];
        if a == "--" {
            i += 1;
            break;
        }
        if a == "--help" {
            print!("{HELP}");
            std::process::exit(0);
        }
        if a == "--version" {
            println!(
                "Python {}",
                baton_vm::stdlib_sys::VERSION
                    .split(' ')
                    .next()
                    .unwrap_or("3.11")
            );
            std::process::exit(0);
        }
        if !a.starts_with('-') || a == "-" {
            break;
        }
        // A cluster of one-letter options, some taking an argument.
        let chars: Vec<char> = a[1..].chars().collect();
        let mut j = 0;
        while j < chars.len() {
            let c = chars[j];
            let rest: String = chars[j + 1..].iter().collect();
            let take_arg = |i: &mut usize| -> String {
                if !rest.is_empty() {
                    rest.clone()
                } else {
                    *i += 1;
                    match args.get(*i) {
                        Some(v) => v.clone(),
                        None => usage_error(&format!("Argument expected for the -{c} option")),
                    }
                }
            };
            match c {
                'c' => {
                    let cmd = take_arg(&mut i);
                    program = Some(Program::Command(cmd));
                    j = chars.len();
                }
                'm' => {
                    let m = take_arg(&mut i);
                    program = Some(Program::Module(m));
                    j = chars.len();
                }
                'X' => {
                    let opt = take_arg(&mut i);
                    let (k, v) = match opt.split_once('=') {
                        Some((k, v)) => (k.to_string(), Some(v.to_string())),
                        None => (opt.clone(), None),
                    };
                    config.xoptions.push((k, v));
                    j = chars.len();
                }
                'W' => {
                    let _ = take_arg(&mut i);
                    j = chars.len();
                }
                'u' => config.unbuffered = true,
                'i' => inspect = true,
                'h' | '?' => {
                    print!("{HELP}");
                    std::process::exit(0);
                }
                'V' => {
                    println!(
                        "Python {}",
                        baton_vm::stdlib_sys::VERSION
                            .split(' ')
                            .next()
                            .unwrap_or("3.11")
                    );
                    std::process::exit(0);
                }
                'B' | 'E' | 'I' | 'O' | 'q' | 's' | 'S' | 'b' | 'd' | 'v' | 'R' | 'P' => {}
                other => usage_error(&format!("Unknown option: -{other}")),
            }
            j += 1;
        }
        i += 1;
        if program.is_some() {
            break;
        }
    }
    let rest: Vec<String> = args[i.min(args.len())..].to_vec();
    let program = match program {
        Some(Program::Command(c)) => {
            config.argv = std::iter::once("-c".to_string()).chain(rest).collect();
            config.path0 = Some(String::new());
            Program::Command(c)
        }
        Some(Program::Module(m)) => {
            config.argv = std::iter::once("-m".to_string()).chain(rest).collect();
            config.path0 = std::env::current_dir()
                .ok()
                .map(|p| p.display().to_string());
            Program::Module(m)
        }
        _ => match rest.first() {
            Some(f) if f != "-" => {
                config.argv = rest.clone();
                let p = std::path::Path::new(f);
                let dir = p
                    .parent()
                    .map(|d| d.display().to_string())
                    .unwrap_or_default();
                let abs_dir = std::fs::canonicalize(if dir.is_empty() { "." } else { &dir })
                    .map(|d| d.display().to_string())
                    .unwrap_or(dir);
                config.path0 = Some(abs_dir);
                Program::File(f.clone())
            }
            Some(_) => {
                config.argv = rest.clone();
                config.path0 = Some(String::new());
                Program::Stdin
            }
            None => {
                config.argv = vec![String::new()];
                config.path0 = Some(String::new());
                if std::io::stdin().is_terminal() {
                    config.interactive = true;
                    Program::Repl
                } else {
                    Program::Stdin
                }
            }
        },
    };
    if let Ok(v) = std::env::var("PYTHONUNBUFFERED") {
        if !v.is_empty() {
            config.unbuffered = true;
        }
    }
    (config, program, inspect)
}

fn run(config: Config, program: Program, inspect: bool) -> i32 {
    let mut vm = baton_vm::new_main_vm(&config);
    baton_stdlib::init(&mut vm);
    let status = match program {
        Program::File(path) => match std::fs::read(&path) {
            Ok(bytes) => {
                let source = String::from_utf8_lossy(&bytes).into_owned();
                // Tracebacks and __file__ name the script by its absolute path, as CPython 3.11's.
                let p = std::path::Path::new(&path);
                let abs = if p.is_absolute() {
                    path.clone()
                } else {
                    std::env::current_dir()
                        .map(|d| d.join(p).display().to_string())
                        .unwrap_or(path.clone())
                };
                baton_vm::run_main_source(&mut vm, &source, &abs)
            }
            Err(e) => {
                let p = std::path::Path::new(&path);
                let shown = if p.is_absolute() {
                    path.clone()
                } else {
                    std::env::current_dir()
                        .map(|d| d.join(p).display().to_string())
                        .unwrap_or(path.clone())
                };
                eprintln!(
                    "{}: can't open file '{}': [Errno {}] {}",
                    std::env::args().next().unwrap_or_else(|| "baton".into()),
                    shown,
                    e.raw_os_error().unwrap_or(2),
                    baton_vm::builtins::io::strerror(e.raw_os_error().unwrap_or(2))
                );
                2
            }
        },
        Program::Command(cmd) => baton_vm::run_main_source(&mut vm, &cmd, "<string>"),
        Program::Module(m) => baton_vm::run_module_as_main(&mut vm, &m),
        Program::Stdin => {
            let mut source = String::new();
            let _ = std::io::stdin().read_to_string(&mut source);
            baton_vm::run_main_source(&mut vm, &source, "<stdin>")
        }
        Program::Repl => repl::run(&mut vm),
    };
    if inspect && std::io::stdin().is_terminal() {
        return repl::run(&mut vm);
    }
    status
}

/// Blocks (or unblocks) the asynchronous signals for the calling thread
/// (all but the synchronous faults, which go to the thread that caused them).
fn mask_signals(block: bool) {
    // SAFETY: sigset manipulation on a local set, then pthread_sigmask on the
    // calling thread; no memory is shared with other threads.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        for sync in [
            libc::SIGSEGV,
            libc::SIGBUS,
            libc::SIGFPE,
            libc::SIGILL,
            libc::SIGTRAP,
        ] {
            libc::sigdelset(&mut set, sync);
        }
        let how = if block {
            libc::SIG_BLOCK
        } else {
            libc::SIG_UNBLOCK
        };
        libc::pthread_sigmask(how, &set, std::ptr::null_mut());
    }
}

fn main() {
    let (config, program, inspect) = parse_args();
    // As CPython 3.13 built without free threading: asking for no GIL is a
    // fatal configuration error, not silently ignored.
    let gil_off = config
        .xoptions
        .iter()
        .any(|(k, v)| k == "gil" && v.as_deref() == Some("0"))
        || std::env::var("PYTHON_GIL")
            .map(|v| v == "0")
            .unwrap_or(false);
    if gil_off {
        eprintln!(
            "Fatal Python error: config_read_gil: Disabling the GIL is not supported by this build"
        );
        eprintln!("Python runtime state: preinitialized");
        std::process::exit(1);
    }
    // Signals for the process must reach the interpreter thread (where the
    // handlers run and blocking calls can be interrupted), not this one,
    // which only waits for it: block them here, unblock them there.
    mask_signals(true);
    // The interpreter runs on a thread with a large stack (see STACK_SIZE).
    let handle = std::thread::Builder::new()
        .name("MainThread".into())
        .stack_size(baton_vm::STACK_SIZE)
        .spawn(move || {
            mask_signals(false);
            let status = run(config, program, inspect);
            if baton_vm::thread::FORKED_CHILD.load(std::sync::atomic::Ordering::Acquire) {
                // A child made by os.fork(): the thread waiting for this one
                // exists only in the parent, so end the process here.
                std::process::exit(status);
            }
            status
        });
    let status = match handle {
        Ok(h) => h.join().unwrap_or(70),
        Err(e) => {
            eprintln!("baton: cannot start the interpreter thread: {e}");
            70
        }
    };
    std::process::exit(status);
}
