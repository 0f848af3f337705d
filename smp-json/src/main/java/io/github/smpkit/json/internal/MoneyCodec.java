package io.github.smpkit.json.internal;

import static io.github.smpkit.json.internal.SchemaBuilder.map;

import io.github.smpkit.core.money.Money;
import io.github.smpkit.json.JsonProblem.Kind;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The codec of amounts of money (model package {@code core.money}), written
 * {@code {"amount": "1500000.00", "currency": "EUR"}}.
 */
final class MoneyCodec {

  private MoneyCodec() {}

  static final Codec<Money> MONEY = new Codec<>() {
    private final Pattern amountForm = Pattern.compile(Money.AMOUNT_PATTERN);
    private final List<String> fields = List.of("amount", "currency");

    @Override
    public Money decode(Node node, Pointer pointer, Decoding d) {
      if (!(node instanceof Node.ObjectNode o)) {
        d.wrongType(pointer, node, expected());
        return null;
      }
      long before = d.count();
      String amount = null;
      String currency = null;
      for (Node.Member m : o.members()) {
        Pointer at = pointer.child(m.name());
        switch (m.name()) {
          case "amount":
            amount = Codecs.string(m.value(), at, d, "an amount as a decimal string such as '1500000.00'");
            if (amount != null && !amountForm.matcher(amount).matches()) {
              d.invalid(at, m.value(), "a decimal string such as '1500000.00'", amount.startsWith("-")
                  ? "amounts of money must not be negative, but found " + m.value().describe()
                  : "expected an amount as a decimal string such as '1500000.00', with at most "
                      + Money.MAX_WHOLE_DIGITS + " digits before the point, but found " + m.value().describe());
              amount = null;
            }
            break;
          case "currency":
            currency = Codecs.string(m.value(), at, d, "an ISO 4217 currency code such as 'EUR'");
            if (currency != null) {
              try {
                if (!Money.accepts(Currency.getInstance(currency))) {
                  d.invalid(at, m.value(), "an ISO 4217 currency code with a minor unit", "currency "
                      + Texts.quote(currency) + " has no minor unit (precious metals, funds, testing and 'no"
                      + " currency' codes are not accepted)");
                  currency = null;
                }
              } catch (IllegalArgumentException e) {
                d.add(Kind.UNKNOWN_CODE, at, m.value().line(), m.value().column(), "an ISO 4217 currency code",
                    m.value().describe(), List.of(), List.of(), "unknown ISO 4217 currency code "
                        + Texts.quote(currency));
                currency = null;
              }
            }
            break;
          default:
            Fields.unknownField(m, at, "Money", fields, d);
        }
      }
      Fields.requireMembers(o, pointer, "Money", fields, d);
      if (d.count() > before) {
        return null;
      }
      try {
        return Money.of(currency, amount);
      } catch (IllegalArgumentException e) {
        Node.Member at = o.member("amount");
        d.invalid(pointer.child("amount"), at.value(), "at most the currency's decimals", e.getMessage());
        return null;
      }
    }

    /** The first pass: the same checks as above, read from the tokens, giving up where they report. */
    @Override
    public Money decode(JsonParser parser, Decoding firstPass) {
      FirstPass.expect(parser, JsonToken.START_OBJECT);
      String amount = null;
      String currency = null;
      String name;
      while ((name = FirstPass.nextMember(parser, JsonToken.VALUE_STRING)) != null) {
        if (amount == null && name.equals("amount")) {
          amount = parser.getString();
        } else if (currency == null && name.equals("currency")) {
          currency = parser.getString();
        } else {
          throw FirstPass.abandon();
        }
      }
      if (amount == null || currency == null || !amountForm.matcher(amount).matches()) {
        throw FirstPass.abandon();
      }
      try {
        // refuses an unknown currency and one without a minor unit, as the checks above report them
        return Money.of(currency, amount);
      } catch (IllegalArgumentException e) {
        throw FirstPass.abandon();
      }
    }

    @Override
    public void encode(Money value, JsonGenerator out) {
      out.writeStartObject().writeName("amount").writeString(value.amount().toPlainString())
          .writeName("currency").writeString(value.currency().getCurrencyCode()).writeEndObject();
    }

    @Override
    public Map<String, Object> schema(SchemaBuilder schema) {
      return schema.ref("Money", () -> map("type", "object",
          "properties", map(
              "amount", map("type", "string", "pattern", Codecs.whole(Money.AMOUNT_PATTERN)),
              "currency", map("type", "string", "pattern", Codecs.whole("[A-Z]{3}"))),
          "required", List.of("amount", "currency"),
          "additionalProperties", false));
    }

    @Override
    public String expected() {
      return "money as {\"amount\": \"1500000.00\", \"currency\": \"EUR\"}";
    }

    @Override
    public String reference() {
      return "money";
    }
  };
}
