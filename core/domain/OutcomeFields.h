#pragma once

// Bulk access to an outcome snapshot's answer fields (core/domain/Outcome.h) for readers of many
// snapshots at once (the KPI report): the member behind a field name, looked up once instead of
// by name for every snapshot. Kept apart from Outcome.h, which nearly every file includes.

#include "core/domain/Outcome.h"

#include <string>
#include <string_view>

namespace waymark {

using SnapshotAnswer = std::string OutcomeSnapshot::*;

// The member holding a yes/no answer field; null for "ete_hours" and for a name that is not a
// field (snapshotFieldNames()).
SnapshotAnswer snapshotAnswerMember(std::string_view field);

} // namespace waymark
