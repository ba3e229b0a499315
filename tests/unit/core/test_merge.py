"""The three-way merge of a row changed on two sides, against every combination of values."""

from hypothesis import given
from hypothesis import strategies as st

from salescoach.core.merge import three_way

FIELDS = ["phone", "email", "role"]
values = st.sampled_from(["", "a", "b", "c"])
rows = st.fixed_dictionaries(dict.fromkeys(FIELDS, values))


@given(base=rows, mine=rows, theirs=rows, prefer_theirs=st.booleans())
def test_every_value_is_kept_or_logged(base, mine, theirs, prefer_theirs):
    merged = three_way(base, mine, theirs, FIELDS, prefer_theirs)
    for name in FIELDS:
        result = merged.values[name]
        assert result in (mine[name], theirs[name])
        if mine[name] != base[name] and theirs[name] == base[name]:
            assert result == mine[name]  # changed here only: ours
        if theirs[name] != base[name] and mine[name] == base[name]:
            assert result == theirs[name]  # changed there only: theirs
        if name in merged.lost:  # both changed, differently: both values kept
            assert {merged.lost[name], merged.kept[name]} == {mine[name], theirs[name]}
            assert merged.kept[name] == result
        else:
            assert result == mine[name] or mine[name] in (base[name], theirs[name])
    assert set(merged.lost) == {
        n for n in FIELDS if base[n] not in (mine[n], theirs[n]) and mine[n] != theirs[n]
    }


@given(mine=rows, theirs=rows)
def test_without_a_base_every_difference_is_a_conflict(mine, theirs):
    merged = three_way(None, mine, theirs, FIELDS)
    assert set(merged.lost) == {n for n in FIELDS if mine[n] != theirs[n]}
    assert {n: merged.values[n] for n in FIELDS} == mine


@given(base=rows, theirs=rows)
def test_nothing_changed_here_takes_theirs_without_a_conflict(base, theirs):
    merged = three_way(base, base, theirs, FIELDS)
    assert merged.values == theirs and not merged.conflicted
