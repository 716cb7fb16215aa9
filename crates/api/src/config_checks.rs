//! Settings refused at start because they would be unsafe: a guessable JWT secret, and CORS
//! origins that actix-cors cannot honour (a wildcard with credentials) or that no browser
//! ever sends. Each message names the setting.

/// Fragments that mark a value as a placeholder, compared without case and punctuation:
/// every example secret the repository's documentation and deployment files show contains one
/// (`config_tests` checks each of them).
const PLACEHOLDER_MARKS: [&str; 12] = [
    "changeme",
    "replaceme",
    "placeholder",
    "example",
    "randomcharacters",
    "atleast32",
    "opensslrand",
    "yoursecret",
    "mustbereplaced",
    "donotuse",
    "insecure",
    "notasecret",
];

const HOW: &str = "generate one with `openssl rand -hex 32`";

/// Shannon entropy of the characters' frequencies, times the length: a rough upper bound of
/// the secret's strength that catches text far from random.
fn estimated_bits(chars: &[char]) -> f64 {
    let mut counts: Vec<(char, usize)> = Vec::new();
    for c in chars {
        match counts.iter_mut().find(|(d, _)| d == c) {
            Some((_, n)) => *n += 1,
            None => counts.push((*c, 1)),
        }
    }
    let len = chars.len() as f64;
    counts.iter().map(|(_, n)| *n as f64 / len).map(|p| -p * p.log2()).sum::<f64>() * len
}

/// Whether the text (nearly) repeats itself at some period: `abcabcabc…`, `passwordpassword…`.
fn repeats(chars: &[char]) -> bool {
    (1..=chars.len() / 2).any(|period| {
        let same = (period..chars.len()).filter(|&i| chars[i] == chars[i - period]).count();
        same * 5 >= (chars.len() - period) * 4
    })
}

/// Whether most neighbours are equal or adjacent (`aaaa…`, `abcd…`, `1234…`).
fn runs(chars: &[char]) -> bool {
    let close = chars.windows(2).filter(|w| (u32::from(w[0])).abs_diff(u32::from(w[1])) <= 1).count();
    close * 2 > chars.len().saturating_sub(1)
}

/// `auth.jwt_secret`: at least 32 characters, none of the documented placeholders, and not
/// obviously low in entropy (few distinct characters, a repeated pattern, runs).
/// # Errors
/// The reason, naming the setting.
pub fn check_jwt_secret(secret: &str) -> Result<(), String> {
    let chars: Vec<char> = secret.chars().collect();
    if chars.len() < 32 {
        return Err(format!("auth.jwt_secret must be at least 32 characters; {HOW}"));
    }
    let folded: String = secret.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect();
    if PLACEHOLDER_MARKS.iter().any(|mark| folded.contains(mark)) {
        return Err(format!("auth.jwt_secret is a placeholder from the documentation or the deployment files; {HOW}"));
    }
    let mut distinct = chars.clone();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() < 8 || repeats(&chars) || runs(&chars) || estimated_bits(&chars) < 80.0 {
        return Err(format!(
            "auth.jwt_secret is too easy to guess (few different characters, a repeated pattern or a run like abcd…); {HOW}"
        ));
    }
    Ok(())
}

/// `server.cors_origins`: exact origins (`scheme://host[:port]`). A wildcard is refused: the
/// API is called with credentials, which browsers and actix-cors refuse to combine with `*`.
/// # Errors
/// The first bad origin and why, naming the setting.
pub fn check_cors_origins(origins: &[String]) -> Result<(), String> {
    for origin in origins {
        if origin.contains('*') {
            return Err(format!(
                "server.cors_origins: `{origin}` is a wildcard, which cannot be allowed with credentials (the Authorization header); \
                 list each origin, e.g. https://portal.bank.example"
            ));
        }
        let host = origin.strip_prefix("https://").or_else(|| origin.strip_prefix("http://"));
        let valid = host.is_some_and(|h| {
            !h.is_empty() && !h.starts_with(':') && h.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
        });
        if !valid {
            return Err(format!(
                "server.cors_origins: `{origin}` is not an origin; write scheme://host[:port] (http or https), without a path or a trailing slash"
            ));
        }
    }
    Ok(())
}
