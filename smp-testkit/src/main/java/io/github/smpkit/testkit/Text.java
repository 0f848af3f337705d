package io.github.smpkit.testkit;

import java.util.List;

/** Word lists the generator builds readable names and sentences from. */
final class Text {

  private Text() {}

  static final List<String> WORDS = List.of(
      "skills", "mobility", "partnership", "training", "talent", "nursing", "care", "digital", "construction",
      "welding", "agriculture", "hospitality", "logistics", "tourism", "engineering", "software", "health",
      "pilot", "circular", "seasonal", "bridge", "pathway", "future", "bright", "green", "blue", "global",
      "regional", "youth", "women", "apprentice", "vocational", "technical", "language", "orientation",
      "employer", "worker", "migrant", "return", "reintegration", "recognition", "certificate", "cohort",
      "explorer", "horizon", "compass", "harbour", "summit", "valley", "river", "coast", "north", "south");

  static final List<String> TITLES = List.of(
      "Skills Partnership", "Talent Partnership", "Mobility Scheme", "Pilot", "Programme", "Initiative",
      "Global Skill Partnership", "Labour Mobility Project", "Apprenticeship Bridge", "Explorers");

  static final List<String> ORGANISATIONS = List.of(
      "Ministry of Labour", "Ministry of Education", "National Employment Agency", "TVET Institute",
      "Chamber of Commerce", "Employers' Federation", "Workers' Union", "Diaspora Council",
      "Migration Agency", "Development Agency", "Nursing College", "Polytechnic", "Training Centre",
      "Recruitment Office", "City Council", "Research Institute", "Civil Society Network");

  static final List<String> BODIES = List.of(
      "Steering Committee", "Joint Committee", "Project Board", "Technical Committee", "Advisory Board",
      "Implementation Unit");

  static final List<String> TRAINING = List.of(
      "Pre-departure course", "Language course", "Technical training", "Bootcamp", "Apprenticeship",
      "Bridging programme", "Orientation module", "Work placement", "Upskilling course");

  static final List<String> FRAMEWORKS = List.of(
      "Nigerian Qualifications Framework", "Lithuanian Qualifications Framework", "German Qualifications Framework",
      "Moroccan National Qualifications Framework", "Philippine Qualifications Framework",
      "Australian Qualifications Framework");

  static final List<String> PERMITS = List.of(
      "Skilled worker visa", "Seasonal work permit", "EU Blue Card", "Work permit for nationals of third countries",
      "Training visa", "Job-seeker visa", "Temporary skill shortage visa", "Apprenticeship residence permit");

  static final List<String> FUNDERS = List.of(
      "EU Asylum, Migration and Integration Fund", "Mobility Partnership Facility", "Development Bank",
      "Foundation", "National Budget", "Employers' Fund", "Donor Trust Fund");
}
