from typer.testing import CliRunner

from claimline.evaluate.claims_eval import evaluate_seed


def test_seed_claims_framing_and_speech_act(seed_record, seed_gold):
    scores = evaluate_seed(seed_record, seed_gold)
    failed = [c for c in scores.checks if not c[2]]
    assert failed == []
    assert scores.claims[0] == scores.claims[1] == 4
    assert scores.framing[0] == 5
    assert scores.speech_act


def test_seed_claims_are_the_sdf_s(seed_record):
    sdf = next(a.id for a in seed_record.actors if a.name in {"Syrian Democratic Forces", "SDF"})
    assert seed_record.claims and all(c.speaker == sdf for c in seed_record.claims)
    kinds = {c.kind for c in seed_record.claims}
    assert {"statement", "indirect"} <= kinds


def test_eval_claims_cli_runs_the_seed_and_skips_missing_data(tmp_path):
    from claimline.cli import load_commands
    from claimline.cli.app import app
    load_commands()
    result = CliRunner().invoke(app, ["eval", "claims", "--data", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "Seed example" in result.output and "FA-KES part skipped" in result.output
