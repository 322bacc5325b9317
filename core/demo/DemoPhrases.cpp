#include "core/demo/DemoPhrases.h"

#include <array>

namespace waymark::demo::detail {

namespace {

// Slot word lists. Earlier entries are drawn more often (skewedPick), so every list has a
// few common words and a tail of rare ones.
constexpr Sv kPlaces[] = {"school",
                          "home",
                          "the youth club",
                          "the office",
                          "the library",
                          "the park",
                          "a cafe in town",
                          "the leisure centre",
                          "college",
                          "the community centre",
                          "the skate park",
                          "McDonald's on the high street",
                          "the bus station",
                          "the boxing gym",
                          "the family hub",
                          "his nan's house",
                          "the allotment",
                          "the canal towpath",
                          "the climbing wall",
                          "the recording studio"};
constexpr Sv kActivities[] = {
    "football",    "the gym",    "boxing",        "gaming",          "music",        "cooking",         "basketball",
    "drawing",     "fishing",    "cycling",       "swimming",        "dancing",      "rapping",         "mechanics",
    "photography", "climbing",   "skateboarding", "martial arts",    "bushcraft",    "kayaking",        "DJing",
    "woodwork",    "beekeeping", "archery",       "origami",         "horse riding", "rock climbing",   "sign language",
    "film making", "parkour",    "chess",         "graffiti murals", "sailing",      "car restoration", "baking"};
constexpr Sv kTopics[] = {"school attendance",
                          "his friendship group",
                          "her friendship group",
                          "staying safe online",
                          "cannabis use",
                          "anger and how to manage it",
                          "the offence and who was affected",
                          "sleep and routines",
                          "arguments at home",
                          "carrying a knife",
                          "peer pressure",
                          "social media",
                          "money and debts",
                          "vaping",
                          "what he wants to do after school",
                          "what she wants to do after school",
                          "the victim's point of view",
                          "alcohol",
                          "county lines and grooming",
                          "healthy relationships",
                          "consent",
                          "feeling low",
                          "exam stress",
                          "a part-time job",
                          "getting a provisional licence",
                          "bereavement",
                          "a fall-out with a teacher",
                          "the court process",
                          "nitrous oxide",
                          "gambling apps",
                          "loneliness",
                          "a new baby sibling",
                          "moving house",
                          "football trials",
                          "budgeting"};
constexpr Sv kFamily[] = {"mum",     "dad",           "nan",       "stepdad",    "older brother", "older sister",
                          "grandad", "foster carer",  "aunt",      "uncle",      "stepmum",       "younger brother",
                          "cousin",  "kinship carer", "godmother", "half-sister"};
constexpr Sv kFeelings[] = {"quiet",        "chatty",   "tired",     "relaxed",    "anxious",
                            "withdrawn",    "cheerful", "irritable", "engaged",    "distracted",
                            "upbeat",       "flat",     "talkative", "guarded",    "reflective",
                            "restless",     "open",     "polite",    "frustrated", "apprehensive",
                            "enthusiastic", "subdued",  "confident", "hesitant",   "defensive"};
constexpr Sv kSubjects[] = {"maths", "English", "science",   "PE",    "art",    "history", "geography", "music",
                            "drama", "ICT",     "food tech", "Welsh", "French", "RE",      "business",  "media"};
constexpr Sv kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr Sv kFoods[] = {"a hot chocolate", "chips", "a sandwich",   "toast",
                         "a milkshake",     "pizza", "a bacon roll", "a smoothie"};
constexpr Sv kProfessionals[] = {"the social worker",
                                 "the head of year",
                                 "the school nurse",
                                 "the designated safeguarding lead",
                                 "the police officer in the case",
                                 "the YJS officer",
                                 "the CAMHS worker",
                                 "the SENCo",
                                 "the housing officer",
                                 "the GP",
                                 "the attendance officer",
                                 "the family support worker",
                                 "the speech and language therapist",
                                 "the substance misuse worker"};
constexpr Sv kStrengthWords[] = {"funny",  "loyal",      "creative", "hard-working", "caring",  "honest",
                                 "sporty", "determined", "kind",     "resilient",    "curious", "practical"};
constexpr Sv kGoals[] = {"get back into school full time",
                         "keep out of trouble with the police",
                         "find an apprenticeship",
                         "cut down on cannabis",
                         "sort things out with mum",
                         "get fitter",
                         "pass maths and English",
                         "get a part-time job",
                         "make new friends",
                         "learn to drive",
                         "stop getting angry so quickly",
                         "move out of the area",
                         "join a football team",
                         "save up for a phone",
                         "start college in September"};

template <std::size_t N> Sv skewedPick(Rng& rng, const Sv (&list)[N])
{
    // Earlier entries are drawn more often: index = N * u^2 for a uniform u.
    const std::uint64_t u = rng.below(1024);
    const std::uint64_t idx = (u * u * N) / (1024 * 1024);
    return list[static_cast<std::size_t>(idx < N ? idx : N - 1)];
}

// Sentence templates. Slots: {N} name, {W} worker, {I} intervention, {P} provider, {D} domain,
// {place} {activity} {topic} {family} {feeling} {subject} {day} {food} {pro} {strength} {goal}.
constexpr Sv kOpenings[] = {
    "Met {N} at {place} as planned.",
    "Saw {N} at {place} for our weekly session.",
    "{N} was waiting when I arrived at {place}.",
    "Session with {N} at {place}, {family} dropped them off.",
    "Picked {N} up from {place} and we went for {food}.",
    "{N} arrived ten minutes late to {place} but apologised.",
    "Planned session at {place} on {day} after school.",
    "Met {N} at {place}; {family} was also there for the first part.",
    "Joint session at {place} with {pro}.",
    "{N} chose to meet at {place} this week.",
};
constexpr Sv kBody[] = {
    "We talked about {topic} and what has changed since last week.",
    "{N} said things at home have been {feeling} lately and that {family} has been supportive.",
    "We spent most of the session on {topic}.",
    "{N} told me about {activity} and asked whether there is a group nearby.",
    "We looked at the plan together and {N} chose to focus on {D} this month.",
    "{N} has been going to {activity} on {day}s and says it helps.",
    "School report: {N} is behind in {subject} but doing better in {subject}.",
    "We did a worksheet on {topic}; {N} engaged well with the scenarios.",
    "{N} was {feeling} at the start but warmed up when we talked about {activity}.",
    "Talked through the offence again and who was affected by it.",
    "{N} mentioned that {family} wants to come to a session.",
    "We went through the {I} sessions still to come with {P}.",
    "{N} asked about {topic} and we agreed to look at it next time.",
    "Discussed triggers for arguments at home and what {N} can do instead of walking out.",
    "{N} reflected on how the offence affected the victim and wrote a short letter.",
    "We practised what to say if friends put pressure on {N} to carry something.",
    "{N} showed me photos from {activity} on their phone.",
    "We worked on a CV together; {N} wants to {goal}.",
    "Talked about sleep: {N} is going to bed after two most nights because of gaming.",
    "We reviewed progress against the goal to {goal}.",
    "{N} said the {I} sessions are better than expected.",
    "{N} talked about {topic} without being prompted, which is new.",
    "Discussed the difference between banter and bullying, with examples from school.",
    "{N} described a situation last {day} where they walked away from trouble.",
    "We looked at local opportunities for {activity} and {activity}.",
    "{N} has a meeting with {pro} next week and wanted to prepare for it.",
    "Spoke about money: {N} has been spending a lot on vapes and takeaways.",
    "We did a mapping exercise of the people {N} trusts; {family} came first.",
    "{N} completed the weekly check-in scale and rated their mood as {feeling}.",
    "We talked about {D} and agreed it is still the main concern.",
};
constexpr Sv kObservations[] = {
    "{N} seemed {feeling} throughout.",
    "Good eye contact and humour today.",
    "{N} was more {feeling} than usual and kept checking their phone.",
    "Engagement was good; {N} stayed for the full hour.",
    "{N} presented as {feeling} but said they were fine.",
    "Clear progress compared with the first sessions.",
    "{N} was polite and thanked me at the end.",
    "Some reluctance to talk about {topic}, which I did not push.",
    "{N} looked tired and said they had not eaten since the morning; we got {food}.",
    "Body language was relaxed and {N} joked about {activity}.",
};
constexpr Sv kNextSteps[] = {
    "Next session booked for {day} at {place}.",
    "I will contact {pro} about {topic} before the next session.",
    "Agreed to meet again next {day}.",
    "I will ring {family} to update them.",
    "Next time we will start the {I} work with {P}.",
    "Action: send {N} the details of the {activity} group.",
    "Plan for next week: finish the worksheet on {topic}.",
    "Will review the plan with the coordinator.",
    "{N} will bring their school timetable next time.",
    "No further concerns; continue with the plan.",
};
constexpr Sv kMissedOpen[] = {
    "{N} did not attend the session at {place}.",
    "Waited at {place} for thirty minutes; {N} did not come.",
    "Session cancelled by {N} by text this morning.",
    "Session cancelled by staff: I was unwell and rang {N} to rearrange.",
    "{N} was not at home when I called for the home visit.",
};
constexpr Sv kMissedBody[] = {
    "Rang {N} twice with no answer and left a voicemail.",
    "Spoke to {family}, who said {N} had overslept.",
    "{family} said {N} had gone to {place} with friends.",
    "Texted to rearrange for {day}.",
    "{N} replied later to say sorry and asked to meet on {day}.",
    "This is the second missed session this month; I will raise it in supervision.",
    "Sent a letter home with the new appointment.",
    "{N} said they forgot because of {topic}.",
};
constexpr Sv kPhone[] = {
    "Phone call with {family} about how {N} is getting on.",
    "Call from {pro} asking for an update on attendance.",
    "Texted {N} to confirm the session on {day}; they replied with a thumbs up.",
    "Spoke with {pro} about {topic}; they will send information.",
    "{family} rang to say {N} has been doing well with {activity}.",
    "Email to {P} with the referral details for {I}.",
    "Call with {N}, who wanted to talk about {topic}.",
    "Left a message for {pro} about the review meeting.",
};
constexpr Sv kAssessment[] = {
    "Assessment completed with {N} at {place}.",
    "{family} contributed to the part on family and relationships.",
    "{N} rated their own worries highest on {D}.",
    "Strengths: {N} is {strength} and {strength}, and enjoys {activity}.",
    "Main concerns are {D} and {topic}.",
    "{N} wants to {goal}.",
    "Information from {pro} was taken into account.",
    "Overall risk of further offending assessed as low to medium.",
    "Protective factors include {family}, {activity} and a good relationship with the school.",
};
constexpr Sv kSafeguarding[] = {
    "{N} disclosed that an older young person has been asking them to hold items.",
    "Concern about possible exploitation: {N} had a new phone and cash they could not explain.",
    "{N} mentioned being threatened near {place}.",
    "Discussed with the coordinator and a referral was made to children's services.",
    "Information shared with {pro} under the safeguarding procedure.",
    "{N} disclosed self-harm in the past month; no current injuries seen.",
    "Strategy meeting arranged; I will attend.",
    "{family} is aware and agreed to the referral.",
    "Safety plan agreed with {N}: who to call and where to go.",
    "Missing episode reported by {family} over the weekend; return interview done.",
};
constexpr Sv kClosure[] = {
    "Closing session with {N} at {place}.",
    "We looked back at the plan: {N} met the goal to {goal}.",
    "{N} completed the {I} sessions with {P}.",
    "{family} said things are calmer at home.",
    "{N} knows how to get back in touch if things change.",
    "Case closed with the coordinator's agreement.",
    "Outcome: good engagement, no further police contact during the intervention.",
};

constexpr std::array<Sv, 13> kDomainWords = {
    "living arrangements",     "family and relationships", "education and training",
    "the neighbourhood",       "peers and lifestyle",      "substance use",
    "physical health",         "emotional wellbeing",      "speech and communication",
    "exploitation and safety", "thinking and behaviour",   "attitudes to offending",
    "motivation to change"};

int countWords(std::string_view text)
{
    int words = 0;
    bool inWord = false;
    for (const char c : text) {
        const bool space = c == ' ' || c == '\n';
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

// Writes `pattern` with its slots filled.
void expand(Rng& rng, Sv pattern, const NoteContext& c, std::string& out)
{
    std::size_t i = 0;
    while (i < pattern.size()) {
        const auto open = pattern.find('{', i);
        if (open == Sv::npos) {
            out.append(pattern.substr(i));
            return;
        }
        out.append(pattern.substr(i, open - i));
        const auto close = pattern.find('}', open);
        const Sv slot = pattern.substr(open + 1, close - open - 1);
        i = close + 1;
        if (slot == "N")
            out.append(c.name);
        else if (slot == "W")
            out.append(c.worker);
        else if (slot == "I")
            out.append(c.intervention.empty() ? Sv("mentoring") : c.intervention);
        else if (slot == "P")
            out.append(c.provider.empty() ? Sv("the scheme's own team") : c.provider);
        else if (slot == "D")
            out.append(c.domain.empty() ? kDomainWords[rng.below(kDomainWords.size())] : c.domain);
        else if (slot == "place")
            out.append(skewedPick(rng, kPlaces));
        else if (slot == "activity")
            out.append(skewedPick(rng, kActivities));
        else if (slot == "topic")
            out.append(skewedPick(rng, kTopics));
        else if (slot == "family")
            out.append(skewedPick(rng, kFamily));
        else if (slot == "feeling")
            out.append(skewedPick(rng, kFeelings));
        else if (slot == "subject")
            out.append(skewedPick(rng, kSubjects));
        else if (slot == "day")
            out.append(kDays[rng.below(std::size(kDays))]);
        else if (slot == "food")
            out.append(skewedPick(rng, kFoods));
        else if (slot == "pro")
            out.append(skewedPick(rng, kProfessionals));
        else if (slot == "strength")
            out.append(skewedPick(rng, kStrengthWords));
        else if (slot == "goal")
            out.append(skewedPick(rng, kGoals));
    }
}

void sentence(Rng& rng, std::span<const Sv> list, const NoteContext& c, std::string& out)
{
    if (!out.empty() && out.back() != '\n')
        out += ' ';
    expand(rng, list[static_cast<std::size_t>(rng.below(list.size()))], c, out);
}

// How long a note is meant to be, in words: most are short, a few long. Whole sentences
// overshoot the target by one sentence at most; notes stay within 50 to 2,000 characters
// (about 6 characters a word), the range the scales are specified with.
int targetWords(Rng& rng, NoteKind kind)
{
    const int roll = static_cast<int>(rng.below(100));
    if (kind == NoteKind::Missed || kind == NoteKind::Phone)
        return roll < 80 ? rng.between(12, 40) : rng.between(40, 80);
    if (kind == NoteKind::Assessment || kind == NoteKind::Closure)
        return roll < 50 ? rng.between(100, 180) : rng.between(180, 250);
    if (roll < 45)
        return rng.between(25, 60);
    if (roll < 80)
        return rng.between(60, 110);
    if (roll < 95)
        return rng.between(110, 180);
    return rng.between(180, 250);
}

// The longest note, in bytes (so at most as many characters): a note that outgrew it ends at
// the last sentence that fits.
constexpr std::size_t kLongestNote = 2000;

} // namespace

std::string noteText(Rng& rng, NoteKind kind, const NoteContext& c)
{
    const int target = targetWords(rng, kind);
    std::string out;
    out.reserve(static_cast<std::size_t>(target) * 7);
    int words = 0;
    auto grow = [&](std::span<const Sv> list) {
        const std::size_t before = out.size();
        sentence(rng, list, c, out);
        words += countWords(std::string_view(out).substr(before));
    };
    auto paragraph = [&] {
        if (!out.empty())
            out += "\n\n";
    };
    switch (kind) {
    case NoteKind::Session:
        grow(kOpenings);
        while (words < target * 2 / 3)
            grow(kBody);
        paragraph();
        grow(kObservations);
        while (words < target - 12)
            grow(rng.chance(500) ? std::span<const Sv>(kBody) : std::span<const Sv>(kObservations));
        paragraph();
        grow(kNextSteps);
        break;
    case NoteKind::Missed:
        grow(kMissedOpen);
        while (words < target - 10)
            grow(kMissedBody);
        grow(kNextSteps);
        break;
    case NoteKind::Phone:
        grow(kPhone);
        while (words < target - 10)
            grow(rng.chance(600) ? std::span<const Sv>(kPhone) : std::span<const Sv>(kBody));
        grow(kNextSteps);
        break;
    case NoteKind::Assessment:
        grow(kAssessment);
        while (words < target / 2)
            grow(kAssessment);
        paragraph();
        while (words < target - 12)
            grow(rng.chance(500) ? std::span<const Sv>(kBody) : std::span<const Sv>(kAssessment));
        paragraph();
        grow(kNextSteps);
        break;
    case NoteKind::Safeguarding:
        grow(kSafeguarding);
        while (words < target - 12)
            grow(rng.chance(700) ? std::span<const Sv>(kSafeguarding) : std::span<const Sv>(kBody));
        paragraph();
        grow(kNextSteps);
        break;
    case NoteKind::Closure:
        grow(kClosure);
        while (words < target - 12)
            grow(rng.chance(600) ? std::span<const Sv>(kClosure) : std::span<const Sv>(kBody));
        paragraph();
        grow(kObservations);
        break;
    }
    if (out.size() > kLongestNote) {
        std::size_t end = out.rfind(". ", kLongestNote - 1);
        if (end != std::string::npos)
            ++end; // keep the full stop
        else
            for (end = kLongestNote; end > 0 && (static_cast<unsigned char>(out[end]) & 0xC0) == 0x80; --end) {
            } // not inside a character
        out.resize(end);
    }
    return out;
}

std::span<const std::string_view> commonSearchTerms()
{
    static constexpr Sv kTerms[] = {"school", "mum", "session"};
    return kTerms;
}

std::span<const std::string_view> rareSearchTerms()
{
    static constexpr Sv kTerms[] = {"beekeeping", "origami", "kayaking"};
    return kTerms;
}

std::span<const std::string_view> twoWordSearchTerms()
{
    static constexpr Sv kTerms[] = {"football nan", "carrying knife", "cannabis sleep"};
    return kTerms;
}

std::string assessmentDomainNote(Rng& rng, int rating, std::string_view domain, std::string_view name)
{
    static constexpr Sv kLevel[] = {"No concerns about", "Minor concerns about", "Some concerns about",
                                    "Significant concerns about", "Serious concerns about"};
    std::string out = std::string(kLevel[rating < 0 ? 0 : (rating > 4 ? 4 : rating)]) + " " + std::string(domain) + ".";
    NoteContext c{name, {}, {}, {}, domain, {}};
    out += ' ';
    expand(rng, rng.chance(500) ? kBody[rng.below(std::size(kBody))] : kAssessment[rng.below(std::size(kAssessment))],
           c, out);
    return out;
}

std::string strengthsText(Rng& rng, std::string_view name)
{
    NoteContext c{name, {}, {}, {}, {}, {}};
    std::string out;
    expand(rng, "{N} is {strength} and {strength}; enjoys {activity} and is close to {family}.", c, out);
    return out;
}

std::string ownViewText(Rng& rng)
{
    static constexpr Sv kViews[] = {
        "I know I messed up and I don't want it to happen again.",
        "It wasn't really my fault, I was just there with my mates.",
        "I want to sort my life out and get a job.",
        "School is boring but I want to pass my exams.",
        "I get angry fast and I want to stop that.",
        "My mum is stressed because of me and I want to help her.",
        "I don't really need help but I'll come to the sessions.",
    };
    return std::string(kViews[rng.below(std::size(kViews))]);
}

std::string goalText(Rng& rng, int domainIndex)
{
    std::string out = "To ";
    out += skewedPick(rng, kGoals);
    out += " (";
    out += kDomainWords[static_cast<std::size_t>(domainIndex) % kDomainWords.size()];
    out += ")";
    return out;
}

std::string summaryText(Rng& rng, std::string_view name, int total)
{
    NoteContext c{name, {}, {}, {}, {}, {}};
    std::string out = total >= 26 ? "High level of need overall. " : (total >= 13 ? "Moderate needs. " : "Low needs. ");
    expand(rng, kAssessment[rng.below(std::size(kAssessment))], c, out);
    return out;
}

std::string taskTitle(Rng& rng, std::string_view name)
{
    static constexpr Sv kTitles[] = {
        "Ring {family} about {N}'s attendance", "Send {pro} the plan",         "Book a room at {place} for {N}",
        "Chase school report for {N}",          "Write up the review for {N}", "Find a {activity} group for {N}",
        "Check in with {pro} about {N}",
    };
    NoteContext c{name, {}, {}, {}, {}, {}};
    std::string out;
    expand(rng, kTitles[rng.below(std::size(kTitles))], c, out);
    return out;
}

} // namespace waymark::demo::detail
