// The imports `bin/smp jshell` starts with (after JShell's defaults): every package smpkit exports.
// Use it yourself with: jshell --class-path "$(bin/smp --classpath)" --startup DEFAULT --startup examples/jshell/smpkit.jsh
import io.github.smpkit.core.*;
import io.github.smpkit.core.code.*;
import io.github.smpkit.core.continuum.*;
import io.github.smpkit.core.development.*;
import io.github.smpkit.core.evidence.*;
import io.github.smpkit.core.funding.*;
import io.github.smpkit.core.governance.*;
import io.github.smpkit.core.money.*;
import io.github.smpkit.core.outcome.*;
import io.github.smpkit.core.party.*;
import io.github.smpkit.core.pathway.*;
import io.github.smpkit.core.planning.*;
import io.github.smpkit.core.recognition.*;
import io.github.smpkit.core.recruitment.*;
import io.github.smpkit.core.social.*;
import io.github.smpkit.core.text.*;
import io.github.smpkit.core.time.*;
import io.github.smpkit.core.training.*;
import io.github.smpkit.core.typology.*;
import io.github.smpkit.json.*;
import io.github.smpkit.rules.*;
import io.github.smpkit.portfolio.*;
import io.github.smpkit.sheets.*;
