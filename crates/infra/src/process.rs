//! This process as a job-lock holder, and whether another process of this host still runs:
//! host name, process id and scope from `/proc` (Linux). Where `/proc` tells nothing, the
//! scope is empty and every other holder is judged by its heartbeat alone.

use std::sync::OnceLock;

use portrait_domain::jobs::{JobHolder, ProcessProbe};

/// This process's holder, the same for every service in it (one random part per process:
/// a process with this id but another random part is an earlier one).
#[must_use]
pub fn this_process() -> &'static JobHolder {
    static ME: OnceLock<JobHolder> = OnceLock::new();
    ME.get_or_init(|| {
        let nonce = uuid::Uuid::new_v4().simple().to_string();
        JobHolder::new(&host_name(), std::process::id(), &scope(), &nonce[..12])
    })
}

fn read_trimmed(path: &str) -> Option<String> {
    std::fs::read_to_string(path).ok().map(|s| s.trim().to_owned()).filter(|s| !s.is_empty())
}

fn host_name() -> String {
    read_trimmed("/proc/sys/kernel/hostname")
        .or_else(|| read_trimmed("/etc/hostname"))
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "localhost".to_owned())
}

/// Where process ids are comparable: this boot of this machine and this process namespace
/// (two containers on one host may both run as pid 1; one restarted gets a new namespace).
fn scope() -> String {
    let boot: String =
        read_trimmed("/proc/sys/kernel/random/boot_id").unwrap_or_default().chars().filter(char::is_ascii_hexdigit).take(12).collect();
    let namespace = std::fs::read_link("/proc/self/ns/pid")
        .ok()
        .map(|link| link.to_string_lossy().chars().filter(char::is_ascii_digit).collect::<String>())
        .unwrap_or_default();
    if boot.len() < 12 || namespace.is_empty() { String::new() } else { format!("{boot}-{namespace}") }
}

/// The processes of this host, seen through `/proc`.
#[derive(Debug, Default, Clone, Copy)]
pub struct LocalProcesses;

impl ProcessProbe for LocalProcesses {
    fn me(&self) -> &JobHolder {
        this_process()
    }

    fn pid_alive(&self, pid: u32) -> Option<bool> {
        // Pid 1 always exists: when it cannot be seen, `/proc` is missing or hides other
        // users' processes (hidepid), and a missing entry proves nothing.
        if pid == 0 || std::fs::metadata("/proc/1/stat").is_err() {
            return None;
        }
        match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
            // After the command name in parentheses: the state; a zombie has exited.
            Ok(stat) => Some(!matches!(stat.rsplit_once(')').and_then(|(_, rest)| rest.trim_start().chars().next()), Some('Z' | 'X'))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some(false),
            Err(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use portrait_domain::jobs::{Liveness, liveness};

    #[test]
    fn this_process_is_alive_and_an_exited_child_is_dead() {
        let me = this_process();
        assert_eq!(me.pid, std::process::id());
        assert_eq!(JobHolder::parse(&me.to_string()).as_ref(), Some(me));
        if me.scope.is_empty() {
            return; // no /proc here: nothing can be judged, which is the safe answer
        }
        assert_eq!(liveness(&LocalProcesses, &me.to_string()), Liveness::Alive);
        let mut child = std::process::Command::new("true").spawn().unwrap_or_else(|e| panic!("{e}"));
        let pid = child.id();
        let _ = child.wait();
        let gone = JobHolder { pid, nonce: "0123456789ab".into(), ..me.clone() };
        assert_eq!(liveness(&LocalProcesses, &gone.to_string()), Liveness::Dead);
        let earlier = JobHolder { nonce: "0123456789ab".into(), ..me.clone() };
        assert_eq!(liveness(&LocalProcesses, &earlier.to_string()), Liveness::Dead, "this pid, another process");
        let elsewhere = JobHolder { host: "elsewhere".into(), ..gone };
        assert_eq!(liveness(&LocalProcesses, &elsewhere.to_string()), Liveness::Unknown);
    }
}
