//! The rules of an entry: which kinds a manager records, the life event with its kind,
//! notes, and times that make sense.

use super::*;

const NOW: i64 = 1_800_000_000;

fn input(kind: &str) -> InteractionInput {
    InteractionInput { kind: kind.into(), ..InteractionInput::default() }
}

fn field(result: DomainResult<NewInteraction>) -> Option<String> {
    match result {
        Err(DomainError::Validation { field, code: ErrorCode::InvalidInteraction, .. }) => Some(field),
        other => panic!("expected invalid_interaction, got {other:?}"),
    }
}

#[test]
fn a_call_without_a_time_happened_now_and_a_blank_note_is_none() {
    let call = InteractionInput { note: Some("   ".into()), ..input("call") }.check(7, 2, NOW).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((call.kind, call.happened_at, call.note, call.follow_up_at), (InteractionKind::Call, NOW, None, None));
}

#[test]
fn a_life_event_names_one_and_only_a_life_event_does() {
    let married = InteractionInput { life_event: Some("marriage".into()), ..input("life_event") }.check(7, 2, NOW);
    assert_eq!(married.map(|i| i.life_event), Ok(Some(LifeEvent::Marriage)));
    assert_eq!(field(input("life_event").check(7, 2, NOW)), Some("life_event".into()));
    assert_eq!(
        field(InteractionInput { life_event: Some("marriage".into()), ..input("call") }.check(7, 2, NOW)),
        Some("life_event".into())
    );
    assert_eq!(
        field(InteractionInput { life_event: Some("lottery".into()), ..input("life_event") }.check(7, 2, NOW)),
        Some("life_event".into())
    );
}

#[test]
fn a_contact_request_and_unknown_kinds_are_not_a_managers_to_record() {
    assert_eq!(field(input("contact_request").check(7, 2, NOW)), Some("kind".into()));
    assert_eq!(field(input("Call").check(7, 2, NOW)), Some("kind".into()));
}

#[test]
fn times_must_make_sense() {
    assert_eq!(field(InteractionInput { happened_at: Some(NOW + 3_600), ..input("visit") }.check(7, 2, NOW)), Some("happened_at".into()));
    let past = InteractionInput { happened_at: Some(NOW - 86_400), follow_up_at: Some(NOW - 90_000), ..input("visit") };
    assert_eq!(field(past.check(7, 2, NOW)), Some("follow_up_at".into()));
    let far = InteractionInput { follow_up_at: Some(NOW + MAX_FOLLOW_UP_AHEAD + 1), ..input("visit") };
    assert_eq!(field(far.check(7, 2, NOW)), Some("follow_up_at".into()));
    let fine = InteractionInput { follow_up_at: Some(NOW + 86_400), ..input("visit") }.check(7, 2, NOW);
    assert_eq!(fine.map(|i| i.follow_up_at), Ok(Some(NOW + 86_400)));
}

#[test]
fn a_note_over_the_limit_is_refused() {
    let long = InteractionInput { note: Some("话".repeat(MAX_NOTE_CHARS + 1)), ..input("call") };
    assert_eq!(field(long.check(7, 2, NOW)), Some("note".into()));
}

#[test]
fn every_life_event_suggests_needs_of_the_default_vocabulary() {
    for event in <LifeEvent as crate::closed_set::ClosedSet>::ALL {
        assert!(event.suggested_needs().iter().all(|n| crate::tags::DEFAULT_NEEDS.contains(n)), "{event:?}");
    }
}
