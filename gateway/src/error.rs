//! Errors as clinical systems read them: a FHIR R4 `OperationOutcome` with the HTTP status that
//! says whose fault it is. The gateway fails closed: when the chain cannot answer, the answer
//! is 503 with the reason, never a decision.

use axum::{
	http::{header, HeaderValue, StatusCode},
	response::{IntoResponse, Response},
	Json,
};
use serde_json::json;

use crate::{chain::ChainError, store::StoreError};

/// An error response.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
	/// The request is malformed or asks for what the chain cannot represent (400).
	#[error("{0}")]
	Invalid(String),
	/// The resource does not exist (404).
	#[error("{0}")]
	NotFound(String),
	/// The chain cannot answer now (503, with `Retry-After`).
	#[error(transparent)]
	Chain(#[from] ChainError),
	/// The gateway's database failed (500).
	#[error(transparent)]
	Store(#[from] StoreError),
}

impl ApiError {
	/// A 400 with `message`.
	pub fn invalid(message: impl Into<String>) -> Self {
		Self::Invalid(message.into())
	}

	fn status(&self) -> StatusCode {
		match self {
			Self::Invalid(_) => StatusCode::BAD_REQUEST,
			Self::NotFound(_) => StatusCode::NOT_FOUND,
			Self::Chain(_) => StatusCode::SERVICE_UNAVAILABLE,
			Self::Store(StoreError::Invalid(_)) => StatusCode::BAD_REQUEST,
			Self::Store(_) => StatusCode::INTERNAL_SERVER_ERROR,
		}
	}

	/// The FHIR `issue-type` code.
	fn issue_code(&self) -> &'static str {
		match self {
			Self::Invalid(_) | Self::Store(StoreError::Invalid(_)) => "invalid",
			Self::NotFound(_) => "not-found",
			Self::Chain(_) => "transient",
			Self::Store(_) => "exception",
		}
	}
}

/// A FHIR `OperationOutcome` with one issue.
pub fn operation_outcome(severity: &str, code: &str, diagnostics: &str) -> serde_json::Value {
	json!({
		"resourceType": "OperationOutcome",
		"issue": [{ "severity": severity, "code": code, "diagnostics": diagnostics }],
	})
}

impl IntoResponse for ApiError {
	fn into_response(self) -> Response {
		let status = self.status();
		let message = self.to_string();
		if status.is_server_error() {
			tracing::warn!(%status, error = %message, "request failed");
		} else {
			tracing::debug!(%status, error = %message, "request refused");
		}
		let body = operation_outcome("error", self.issue_code(), &message);
		let mut response = (status, Json(body)).into_response();
		response
			.headers_mut()
			.insert(header::CONTENT_TYPE, HeaderValue::from_static(crate::fhir::FHIR_JSON));
		if status == StatusCode::SERVICE_UNAVAILABLE {
			response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
		}
		response
	}
}
