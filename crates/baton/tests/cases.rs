//! Differential test runner: every `tests/cases/NAME.py` run through the baton
//! binary and compared with what CPython 3.11 did, as recorded by
//! `tests/record.py` in `NAME.out` (exact stdout) and, for a program that exits
//! non-zero, `NAME.err` (`exit: N` and the last non-empty line of stderr).
//!
//! One libtest-mimic trial per case, named `cases::NAME`, so the usual filters
//! work: `cargo test -p baton --test cases -- lang_` runs the `lang_*` cases.
//!
//! Expected failures are listed in `tests/xfail.txt` (`NAME  reason`, `#`
//! comments). Such a case still runs: if it fails, the trial is reported as
//! `[xfail] cases::NAME ... ignored, xfail: reason`, so the summary's "ignored"
//! count is the number of known failures; if it passes, the trial FAILS, telling
//! you to take it off the list. `BATON_CASES_STRICT=1` treats listed cases as
//! ordinary ones.
//!
//! Other knobs (environment variables):
//! - `BATON_CASES_TIMEOUT=SECONDS` (default 60): a case still running then is
//!   killed and fails.
//! - `BATON_CASES_BIN=PATH`: run another interpreter instead of the baton built
//!   by cargo (`BATON_CASES_BIN=python3` checks the cases themselves).
//! - `BATON_CASES_ARGS="-X gil=0"`: extra arguments put before the file name.
//! - `BATON_CASES_UPDATE_XFAIL=1`: run listed cases as ordinary ones, then
//!   rewrite `tests/xfail.txt` to match: passing cases are taken off, failing
//!   ones are added (only among the cases that ran, so a filter limits it).

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Completion, Failed, Trial};

const DEFAULT_TIMEOUT_SECS: u64 = 60;
/// How many differing lines of stdout a failure message shows from each side.
const DIFF_LINES: usize = 8;
/// How many lines of the program's stderr a failure message shows.
const STDERR_TAIL: usize = 12;

fn main() {
    let args = Arguments::from_args();
    let cases_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases");
    let cases_dir = cases_dir.canonicalize().unwrap_or(cases_dir);
    let xfail_path = cases_dir.join("../xfail.txt");
    let update = env_flag("BATON_CASES_UPDATE_XFAIL");
    let strict = update || env_flag("BATON_CASES_STRICT");

    let names = case_names(&cases_dir);
    let xfail = read_xfail(&xfail_path);
    let config = Config::from_env(cases_dir.clone());
    // Which cases passed, for BATON_CASES_UPDATE_XFAIL.
    let outcomes: Arc<Mutex<BTreeMap<String, bool>>> = Arc::default();

    let mut trials: Vec<Trial> = Vec::new();
    // The list itself must name real cases, or it silently rots.
    let unknown: Vec<String> = xfail
        .keys()
        .filter(|n| !names.contains(n))
        .cloned()
        .collect();
    trials.push(Trial::test("cases::xfail_list", move || {
        if unknown.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "tests/xfail.txt names cases that do not exist: {}",
                unknown.join(", ")
            )
            .into())
        }
    }));

    for name in names {
        let config = config.clone();
        let trial_name = format!("cases::{name}");
        match xfail.get(&name) {
            Some(reason) if !strict => {
                let reason = reason.clone();
                trials.push(
                    Trial::ignorable_test(trial_name, move || match run_case(&config, &name) {
                        Ok(()) => Err(format!(
                            "{name} is listed in tests/xfail.txt ({reason}) but now passes: \
                                 remove it from the list"
                        )
                        .into()),
                        Err(_) => Ok(Completion::ignored_with(format!("xfail: {reason}"))),
                    })
                    .with_kind("xfail"),
                );
            }
            _ => {
                let outcomes = Arc::clone(&outcomes);
                trials.push(Trial::test(trial_name, move || {
                    let result = run_case(&config, &name);
                    outcomes.lock().unwrap().insert(name, result.is_ok());
                    result
                }));
            }
        }
    }

    let conclusion = libtest_mimic::run(&args, trials);
    if update {
        let outcomes = outcomes.lock().unwrap();
        update_xfail(&xfail_path, &outcomes);
    }
    conclusion.exit();
}

fn env_flag(name: &str) -> bool {
    std::env::var(name).is_ok_and(|v| v == "1")
}

/// Rewrites tests/xfail.txt from the cases that ran: entries of cases that
/// now pass are dropped, cases that fail and are not listed are appended.
/// Comments, the order and the reasons of the remaining entries are kept.
fn update_xfail(path: &Path, outcomes: &BTreeMap<String, bool>) {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut listed = Vec::new();
    let mut out = String::new();
    let (mut removed, mut added) = (0, 0);
    for line in text.lines() {
        let name = line.split_whitespace().next().unwrap_or("");
        let name = name.strip_suffix(".py").unwrap_or(name);
        if name.is_empty() || name.starts_with('#') {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        listed.push(name.to_string());
        if outcomes.get(name) == Some(&true) {
            removed += 1;
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    for (name, passed) in outcomes {
        if !passed && !listed.contains(name) {
            out.push_str(&format!(
                "{name:<40} # fails (added by BATON_CASES_UPDATE_XFAIL)\n"
            ));
            added += 1;
        }
    }
    match std::fs::write(path, out) {
        Ok(()) => eprintln!(
            "updated {}: {removed} entries removed, {added} added",
            path.display()
        ),
        Err(e) => eprintln!("cannot write {}: {e}", path.display()),
    }
}

/// How every case is run.
#[derive(Clone)]
struct Config {
    cases_dir: PathBuf,
    program: PathBuf,
    extra_args: Vec<String>,
    timeout: Duration,
}

impl Config {
    fn from_env(cases_dir: PathBuf) -> Config {
        let program = std::env::var_os("BATON_CASES_BIN")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_baton")));
        let extra_args = std::env::var("BATON_CASES_ARGS")
            .map(|s| s.split_whitespace().map(String::from).collect())
            .unwrap_or_default();
        let timeout = std::env::var("BATON_CASES_TIMEOUT")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(DEFAULT_TIMEOUT_SECS);
        Config {
            cases_dir,
            program,
            extra_args,
            timeout: Duration::from_secs(timeout),
        }
    }
}

/// The cases: `*.py` directly in the folder, except helpers starting with `_`.
fn case_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let file = path.file_name()?.to_str()?;
            let stem = file.strip_suffix(".py")?;
            (!stem.starts_with('_') && path.is_file()).then(|| stem.to_string())
        })
        .collect();
    names.sort();
    names
}

/// `tests/xfail.txt`: `NAME reason...` per line; `#` starts a comment.
fn read_xfail(path: &Path) -> BTreeMap<String, String> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return BTreeMap::new();
    };
    let mut map = BTreeMap::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, reason) = match line.split_once(char::is_whitespace) {
            Some((n, r)) => (n, r.trim().trim_start_matches('#').trim()),
            None => (line, ""),
        };
        let name = name.strip_suffix(".py").unwrap_or(name);
        let reason = if reason.is_empty() {
            "no reason given"
        } else {
            reason
        };
        map.insert(name.to_string(), reason.to_string());
    }
    map
}

/// What a finished program did.
struct RunResult {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// Exit code, or minus the signal number (Python's convention).
    exit: i32,
}

fn run_case(config: &Config, name: &str) -> Result<(), Failed> {
    let dir = &config.cases_dir;
    let expected_out = std::fs::read(dir.join(format!("{name}.out")))
        .map_err(|e| format!("{name}.out missing ({e}): run `python3 tests/record.py {name}`"))?;
    let expected_err = match std::fs::read_to_string(dir.join(format!("{name}.err"))) {
        Ok(text) => Some(parse_err_file(&text).ok_or_else(|| format!("{name}.err is malformed"))?),
        Err(_) => None,
    };

    let result = run_program(config, name)?;

    let mut problems = Vec::new();
    let (want_exit, want_line) = match &expected_err {
        Some((code, line)) => (*code, Some(line.as_str())),
        None => (0, None),
    };
    if result.exit != want_exit {
        problems.push(format!(
            "exit status: expected {want_exit}, got {}",
            describe_exit(result.exit)
        ));
    }
    if let Some(want_line) = want_line {
        let got = last_nonempty_line(&result.stderr);
        if got != want_line {
            problems.push(format!(
                "last stderr line:\n  expected: {want_line}\n  got:      {got}"
            ));
        }
    }
    if result.stdout != expected_out {
        problems.push(format!(
            "stdout differs:\n{}",
            diff(&expected_out, &result.stdout)
        ));
    }
    if problems.is_empty() {
        return Ok(());
    }
    let mut msg = problems.join("\n");
    let tail = stderr_tail(&result.stderr);
    if !tail.is_empty() {
        msg.push_str("\nstderr (last lines):\n");
        msg.push_str(&tail);
    }
    Err(msg.into())
}

/// `exit: N` / `stderr: LINE`.
fn parse_err_file(text: &str) -> Option<(i32, String)> {
    let mut lines = text.lines();
    let code = lines.next()?.strip_prefix("exit:")?.trim();
    let code: i32 = code.parse().ok()?;
    let line = lines.next()?.strip_prefix("stderr:")?;
    Some((
        code,
        line.strip_prefix(' ')
            .unwrap_or(line)
            .trim_end()
            .to_string(),
    ))
}

fn describe_exit(code: i32) -> String {
    if code < 0 {
        format!("{code} (killed by signal {})", -code)
    } else {
        code.to_string()
    }
}

fn run_program(config: &Config, name: &str) -> Result<RunResult, Failed> {
    let mut cmd = Command::new(&config.program);
    cmd.args(&config.extra_args)
        .arg(format!("{name}.py"))
        .current_dir(&config.cases_dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // The same environment as tests/record.py gives CPython (PYTHON_GIL is kept
    // so the cases can be run in free-threaded mode).
    for (key, _) in std::env::vars_os() {
        if let Some(k) = key.to_str() {
            if k.starts_with("PYTHON") && k != "PYTHON_GIL" {
                cmd.env_remove(&key);
            }
        }
    }
    cmd.env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1");

    // Its own process group, so that a timeout kills the program and anything
    // it started (a forked worker must not keep the output pipes open).
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        cmd.process_group(0);
    }
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", config.program.display()))?;
    let stdout = spawn_reader(child.stdout.take());
    let stderr = spawn_reader(child.stderr.take());

    let status = wait_with_timeout(&mut child, config.timeout)?;
    // A grandchild that outlives the program could keep a pipe open: don't
    // wait for it forever.
    let grace = Instant::now() + Duration::from_secs(5);
    let stdout = stdout
        .recv_timeout(grace.saturating_duration_since(Instant::now()))
        .unwrap_or_default();
    let stderr = stderr
        .recv_timeout(grace.saturating_duration_since(Instant::now()))
        .unwrap_or_default();
    let Some(status) = status else {
        return Err(format!(
            "timed out after {}s (killed)\nstdout so far:\n{}\nstderr (last lines):\n{}",
            config.timeout.as_secs(),
            head_lines(&stdout, DIFF_LINES),
            stderr_tail(&stderr)
        )
        .into());
    };
    Ok(RunResult {
        stdout,
        stderr,
        exit: exit_code(status),
    })
}

fn spawn_reader<R: Read + Send + 'static>(pipe: Option<R>) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut buf);
        }
        let _ = tx.send(buf);
    });
    rx
}

/// Waits for the child; kills it and returns `None` after `timeout`.
fn wait_with_timeout(child: &mut Child, timeout: Duration) -> Result<Option<ExitStatus>, Failed> {
    let deadline = Instant::now() + timeout;
    let mut pause = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok(Some(status)),
            Ok(None) => {}
            Err(e) => return Err(format!("waiting for the program failed: {e}").into()),
        }
        if Instant::now() >= deadline {
            kill_process_group(child);
            let _ = child.wait();
            return Ok(None);
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

#[cfg(unix)]
fn kill_process_group(child: &mut Child) {
    // The child leads its own group (process_group(0)), so its pid is the group id.
    if let Ok(pid) = libc::pid_t::try_from(child.id()) {
        // SAFETY: kill(2) has no memory-safety preconditions; a negative pid
        // addresses the process group we created for this child.
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
    }
    let _ = child.kill();
}

#[cfg(not(unix))]
fn kill_process_group(child: &mut Child) {
    let _ = child.kill();
}

#[cfg(unix)]
fn exit_code(status: ExitStatus) -> i32 {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => code,
        (None, Some(signal)) => -signal,
        (None, None) => -1,
    }
}

#[cfg(not(unix))]
fn exit_code(status: ExitStatus) -> i32 {
    status.code().unwrap_or(-1)
}

fn last_nonempty_line(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim_end()
        .to_string()
}

fn stderr_tail(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.len().saturating_sub(STDERR_TAIL);
    lines[start..].iter().map(|l| format!("  {l}\n")).collect()
}

fn head_lines(bytes: &[u8], n: usize) -> String {
    let text = String::from_utf8_lossy(bytes);
    text.lines().take(n).map(|l| format!("  {l}\n")).collect()
}

/// A short unified-style diff: where the outputs first differ, a little
/// context before it, then a few lines from each side.
fn diff(expected: &[u8], actual: &[u8]) -> String {
    let expected = String::from_utf8_lossy(expected);
    let actual = String::from_utf8_lossy(actual);
    // split_inclusive keeps a missing final newline visible as a difference.
    let exp: Vec<&str> = expected.split_inclusive('\n').collect();
    let act: Vec<&str> = actual.split_inclusive('\n').collect();
    let first = exp
        .iter()
        .zip(act.iter())
        .position(|(a, b)| a != b)
        .unwrap_or(exp.len().min(act.len()));

    let show = |line: &str| -> String {
        match line.strip_suffix('\n') {
            Some(l) => l.to_string(),
            None => format!("{line}\\ (no newline at end)"),
        }
    };
    let mut out = format!(
        "--- expected ({} lines)\n+++ baton ({} lines)\n@@ first difference at line {} @@\n",
        exp.len(),
        act.len(),
        first + 1
    );
    for line in &exp[first.saturating_sub(2)..first] {
        out.push_str(&format!(" {}\n", show(line)));
    }
    let exp_rest = &exp[first..];
    let act_rest = &act[first..];
    for line in exp_rest.iter().take(DIFF_LINES) {
        out.push_str(&format!("-{}\n", show(line)));
    }
    if exp_rest.len() > DIFF_LINES {
        out.push_str(&format!("-... ({} more)\n", exp_rest.len() - DIFF_LINES));
    }
    for line in act_rest.iter().take(DIFF_LINES) {
        out.push_str(&format!("+{}\n", show(line)));
    }
    if act_rest.len() > DIFF_LINES {
        out.push_str(&format!("+... ({} more)\n", act_rest.len() - DIFF_LINES));
    }
    out
}
