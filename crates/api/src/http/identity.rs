//! Request extractors: the authenticated caller (from the bearer token) and the client
//! address used for throttling (behind trusted proxies, from `X-Forwarded-For`).

use std::future::Future;
use std::net::IpAddr;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header::AUTHORIZATION;
use actix_web::{FromRequest, HttpRequest, web};
use portrait_domain::DomainError;
use portrait_domain::ports::TokenClaims;
use portrait_domain::user::{Actor, User};

use crate::http::error::ApiError;
use crate::state::AppState;

/// The caller behind a valid, unrevoked bearer token of an active user.
pub struct Caller {
    pub actor: Actor,
    pub user: User,
    pub claims: TokenClaims,
}

fn bearer(req: &HttpRequest) -> Option<String> {
    let value = req.headers().get(AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim().to_owned()).filter(|t| !t.is_empty())
}

impl FromRequest for Caller {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let token = bearer(req);
        Box::pin(async move {
            let state = state.ok_or_else(|| ApiError::from(DomainError::internal("state missing")))?;
            let token = token.ok_or(DomainError::Unauthenticated)?;
            let (actor, user, claims) = state.auth.authenticate(&token).await?;
            Ok(Self { actor, user, claims })
        })
    }
}

/// A caller who may have to change their password first: enough to check the session,
/// change the password or log out, and nothing else.
pub struct SessionCaller(pub Caller);

impl FromRequest for SessionCaller {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let token = bearer(req);
        Box::pin(async move {
            let state = state.ok_or_else(|| ApiError::from(DomainError::internal("state missing")))?;
            let token = token.ok_or(DomainError::Unauthenticated)?;
            let (actor, user, claims) = state.auth.authenticate_session(&token).await?;
            Ok(Self(Caller { actor, user, claims }))
        })
    }
}

/// A caller who may or may not be logged in (registration accepts both).
pub struct MaybeCaller(pub Option<Caller>);

impl FromRequest for MaybeCaller {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let has_token = bearer(req).is_some();
        let inner = Caller::from_request(req, payload);
        Box::pin(async move {
            if !has_token {
                return Ok(Self(None));
            }
            // A bad token is an error, not an anonymous call: no silent downgrade.
            inner.await.map(|c| Self(Some(c)))
        })
    }
}

/// The proxies whose `X-Forwarded-For` is believed (`server.trusted_proxies`): addresses and
/// CIDR ranges, parsed once when the settings load.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(try_from = "Vec<String>")]
pub struct TrustedProxies(Vec<(IpAddr, u8)>);

impl TryFrom<Vec<String>> for TrustedProxies {
    type Error = String;

    /// Each entry is an address (`10.0.0.5`, `fd00::1`) or a range (`10.0.0.0/8`, `fd00::/8`).
    fn try_from(entries: Vec<String>) -> Result<Self, String> {
        let mut ranges = Vec::with_capacity(entries.len());
        for entry in entries.iter().map(|e| e.trim()).filter(|e| !e.is_empty()) {
            let refused = || format!("server.trusted_proxies: `{entry}` is not an IP address or a CIDR range such as 10.0.0.0/8");
            let (address, bits) = entry.split_once('/').map_or((entry, None), |(a, b)| (a, Some(b)));
            let address: IpAddr = address.parse().map_err(|_| refused())?;
            let address = address.to_canonical();
            let max = if address.is_ipv4() { 32 } else { 128 };
            let bits = match bits {
                Some(bits) => bits.parse::<u8>().ok().filter(|b| *b <= max).ok_or_else(refused)?,
                None => max,
            };
            ranges.push((address, bits));
        }
        Ok(Self(ranges))
    }
}

impl TrustedProxies {
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    #[must_use]
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.0.iter().any(|&(network, bits)| match (network, ip) {
            (IpAddr::V4(n), IpAddr::V4(a)) => prefix(u128::from(n.to_bits()), u128::from(a.to_bits()), bits, 32),
            (IpAddr::V6(n), IpAddr::V6(a)) => prefix(n.to_bits(), a.to_bits(), bits, 128),
            _ => false,
        })
    }

    /// The client behind `peer`: `peer` itself unless it is a trusted proxy; then the rightmost
    /// address in `forwarded_for` (the `X-Forwarded-For` values in order) that is not a trusted
    /// proxy — every hop to its right was added by one. An entry that is not an address stops
    /// the walk at the last trusted hop, so garbage never becomes a client of its own.
    #[must_use]
    pub fn client(&self, peer: IpAddr, forwarded_for: &[&str]) -> IpAddr {
        let mut client = peer.to_canonical();
        if !self.contains(client) {
            return client;
        }
        let hops = forwarded_for.iter().flat_map(|value| value.split(',')).map(str::trim).filter(|hop| !hop.is_empty());
        for hop in hops.collect::<Vec<_>>().into_iter().rev() {
            let Some(address) = hop_address(hop) else { break };
            client = address;
            if !self.contains(address) {
                break;
            }
        }
        client
    }
}

/// Whether `address` is inside `network`/`bits`, both `width`-bit numbers.
fn prefix(network: u128, address: u128, bits: u8, width: u32) -> bool {
    let shift = width - u32::from(bits);
    shift >= width || (network >> shift) == (address >> shift)
}

/// One `X-Forwarded-For` entry: an address, maybe with a port (`1.2.3.4:5678`, `[::1]:80`).
fn hop_address(hop: &str) -> Option<IpAddr> {
    let address = hop.parse::<IpAddr>().ok().or_else(|| hop.parse::<std::net::SocketAddr>().ok().map(|s| s.ip()))?;
    Some(address.to_canonical())
}

/// The client's address, for throttling and the audit log: the socket's peer, or — when the
/// peer is one of `server.trusted_proxies` — the address the proxies name in
/// `X-Forwarded-For` (see [`TrustedProxies::client`]). A client cannot dodge the per-address
/// throttle by inventing the header: from anyone but a trusted proxy it is ignored.
#[must_use]
pub fn client_address(req: &HttpRequest) -> String {
    let Some(peer) = req.peer_addr().map(|a| a.ip()) else { return "unknown".to_owned() };
    let state = req.app_data::<web::Data<AppState>>();
    let Some(trusted) = state.map(|s| &s.settings.server.trusted_proxies).filter(|t| !t.is_empty()) else {
        return peer.to_canonical().to_string();
    };
    let forwarded: Vec<&str> = req.headers().get_all("x-forwarded-for").filter_map(|v| v.to_str().ok()).collect();
    trusted.client(peer, &forwarded).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn proxies(entries: &[&str]) -> TrustedProxies {
        TrustedProxies::try_from(entries.iter().map(|e| (*e).to_owned()).collect::<Vec<_>>()).expect("valid")
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("an address")
    }

    #[test]
    fn without_trusted_proxies_the_header_is_ignored() {
        assert_eq!(TrustedProxies::default().client(ip("203.0.113.9"), &["1.2.3.4"]), ip("203.0.113.9"));
        assert_eq!(proxies(&["10.0.0.1"]).client(ip("203.0.113.9"), &["1.2.3.4"]), ip("203.0.113.9"), "not from a proxy");
    }

    #[test]
    fn behind_trusted_proxies_the_rightmost_untrusted_hop_is_the_client() {
        let trusted = proxies(&["10.0.0.0/8", "192.168.1.1"]);
        // The client invented "6.6.6.6"; the ingress appended the address it saw, then a second proxy its own.
        assert_eq!(trusted.client(ip("192.168.1.1"), &["6.6.6.6, 198.51.100.7", "10.1.2.3"]), ip("198.51.100.7"));
        assert_eq!(trusted.client(ip("10.9.9.9"), &["198.51.100.7:5123"]), ip("198.51.100.7"), "a port is dropped");
        assert_eq!(trusted.client(ip("10.9.9.9"), &["[2001:db8::7]:443"]), ip("2001:db8::7"));
        assert_eq!(trusted.client(ip("10.9.9.9"), &[]), ip("10.9.9.9"), "no header: the proxy itself");
        assert_eq!(trusted.client(ip("10.9.9.9"), &["198.51.100.7, garbage"]), ip("10.9.9.9"), "garbage stops the walk");
        assert_eq!(trusted.client(ip("::ffff:10.0.0.1"), &["198.51.100.7"]), ip("198.51.100.7"), "IPv4-mapped peers are IPv4");
    }

    #[test]
    fn trusted_proxies_are_addresses_or_cidr_ranges() {
        assert!(proxies(&["0.0.0.0/0"]).contains(ip("8.8.8.8")));
        assert!(proxies(&["fd00::/8"]).contains(ip("fd12::1")));
        assert!(!proxies(&["fd00::/8"]).contains(ip("10.0.0.1")));
        assert!(!proxies(&["10.0.0.1"]).contains(ip("10.0.0.2")));
        for bad in ["10.0.0.0/33", "proxy.internal", "10.0.0.1/"] {
            assert!(TrustedProxies::try_from(vec![bad.to_owned()]).is_err(), "{bad}");
        }
    }
}
