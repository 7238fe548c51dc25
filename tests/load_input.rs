//! Loads as typed on the summary screen.

use rotation_rehab::core::session::{Load, LoadError};

#[test]
fn weights_accept_a_decimal_comma_and_bands_are_trimmed() {
    assert_eq!(Load::from_input("kg", " 12,5 "), Ok(Load::Kg(12.5)));
    assert_eq!(Load::from_input("lb", "20"), Ok(Load::Lb(20.0)));
    assert_eq!(
        Load::from_input("band", "  red "),
        Ok(Load::Band("red".into()))
    );
    assert_eq!(Load::from_input("none", "whatever"), Ok(Load::None));
}

#[test]
fn nonsense_is_refused_with_a_reason() {
    assert_eq!(
        Load::from_input("kg", "heavy"),
        Err(LoadError::WeightOutOfRange)
    );
    assert_eq!(
        Load::from_input("kg", "-3"),
        Err(LoadError::WeightOutOfRange)
    );
    assert_eq!(
        Load::from_input("lb", "9000"),
        Err(LoadError::WeightOutOfRange)
    );
    assert_eq!(Load::from_input("band", "   "), Err(LoadError::BandName));
}

#[test]
fn a_recorded_load_shows_in_the_fields_as_it_reads_back() {
    for load in [
        Load::None,
        Load::Kg(7.5),
        Load::Kg(20.0),
        Load::Lb(12.25),
        Load::Band("green".into()),
    ] {
        let (unit, text) = load.to_input();
        assert_eq!(Load::from_input(unit, &text), Ok(load.clone()), "{load:?}");
    }
    assert_eq!(Load::Kg(7.5).describe().as_deref(), Some("7.5 kg"));
    assert_eq!(
        Load::Band("red".into()).describe().as_deref(),
        Some("red band")
    );
    assert_eq!(Load::None.describe(), None);
}
