//! Request bodies that may be left out: no body at all means "the defaults", and anything
//! else must be JSON that fits exactly, or the request is refused before it does anything.
//!
//! Actix's optional JSON extractor is not used: it turns every body error (a string where a
//! flag belongs, a misspelt field, a wrong content type) into "no body", and for a preview
//! flag "no body" means "do it for real".

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::error::JsonPayloadError;
use actix_web::{FromRequest, HttpMessage, HttpRequest, mime, web};
use serde::de::DeserializeOwned;

use crate::http::error::json_error;

/// A JSON body whose absence means `T::default()`. An empty body (or one of whitespace
/// only) counts as absent whatever its content type; any other body needs
/// `Content-Type: application/json` (415 otherwise) and must deserialize into `T`
/// (400 for broken JSON, 422 for a wrong type or an unknown field).
#[derive(Debug)]
pub struct JsonOrDefault<T>(pub T);

impl<T> JsonOrDefault<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

/// Whether a media type is JSON (`application/json` or `application/*+json`).
fn is_json(req: &HttpRequest) -> bool {
    matches!(req.mime_type(), Ok(Some(mime)) if mime.type_() == mime::APPLICATION
        && (mime.subtype() == mime::JSON || mime.suffix() == Some(mime::JSON)))
}

/// Parses `bytes` as the body of `req`: empty means the default.
fn parse<T: DeserializeOwned + Default>(json_content_type: bool, bytes: &[u8]) -> Result<T, actix_web::Error> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(T::default());
    }
    if !json_content_type {
        return Err(json_error(JsonPayloadError::ContentType));
    }
    serde_json::from_slice(bytes).map_err(|e| json_error(JsonPayloadError::Deserialize(e)))
}

impl<T: DeserializeOwned + Default + 'static> FromRequest for JsonOrDefault<T> {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let json = is_json(req);
        // `Bytes` honours the app's `PayloadConfig` limit, like `web::Json` honours `JsonConfig`.
        let bytes = web::Bytes::from_request(req, payload);
        Box::pin(async move { parse(json, &bytes.await?).map(Self) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Default, PartialEq, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Preview {
        #[serde(default)]
        dry_run: bool,
    }

    fn status(result: Result<Preview, actix_web::Error>) -> u16 {
        result.map_or_else(|e| e.as_response_error().status_code().as_u16(), |_| 200)
    }

    #[test]
    fn no_body_means_the_defaults_whatever_the_content_type() {
        assert_eq!(parse::<Preview>(false, b"").ok(), Some(Preview::default()));
        assert_eq!(parse::<Preview>(true, b"  \n").ok(), Some(Preview::default()));
    }

    #[test]
    fn a_preview_flag_sent_as_a_string_is_refused_not_ignored() {
        assert_eq!(status(parse::<Preview>(true, br#"{"dry_run":"true"}"#)), 422);
    }

    #[test]
    fn a_misspelt_field_next_to_a_good_one_is_refused() {
        assert_eq!(status(parse::<Preview>(true, br#"{"dry_run":true,"dryrun":true}"#)), 422);
    }

    #[test]
    fn a_body_that_is_not_declared_json_is_refused() {
        assert_eq!(status(parse::<Preview>(false, br#"{"dry_run":true}"#)), 415);
    }

    #[test]
    fn broken_json_is_a_bad_request() {
        assert_eq!(status(parse::<Preview>(true, br#"{"dry_run":"#)), 400);
        assert_eq!(parse::<Preview>(true, br#"{"dry_run":true}"#).ok(), Some(Preview { dry_run: true }));
    }
}
