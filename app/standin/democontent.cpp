#include "democontent.h"

#include <QtCore/QJsonValue>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSet>
#include <QtCore/QStringList>

#include <array>
#include <iterator>

using namespace Qt::StringLiterals;

namespace simwatch::standin {

namespace {

// One scenario as a QA team would write it, with the dialogue it produces. Dialogue lines start
// with "Agent: " or "Customer: " and contain placeholders ({customer}, {order}, ...) filled per call.
struct ScenarioTemplate
{
    const char16_t *name;
    const char16_t *description;
    const char16_t *expectedResult;
    double negativeRate;
    std::array<const char16_t *, 4> opening;
    std::array<const char16_t *, 6> positive; // unused slots are nullptr
    std::array<const char16_t *, 6> neutral;
    std::array<const char16_t *, 6> negative;
    const char16_t *failure;    // what went wrong in a negative call (lower-case sentence fragment)
    const char16_t *suggestion; // how to fix it (full sentence)
};

const ScenarioTemplate kTemplates[] = {
    // 0
    {u"Order status inquiry",
     u"Customer calls to ask where their standing desk order is. They have the order number ready and expect a delivery date.",
     u"Agent verifies the order number, gives the current shipping status and an estimated delivery date, and offers tracking by SMS.",
     0.25,
     {u"Agent: Thanks for calling Northwind, this is Ava, your virtual assistant. How can I help you today?",
      u"Customer: Hi, I ordered a standing desk last week and it still hasn't shown up. Can you tell me where it is?",
      u"Agent: Of course. Could you give me your order number? It starts with a letter followed by four digits.",
      u"Customer: Sure, it's {order}."},
     {u"Agent: Thank you. I found order {order} for {customer}. It shipped on Monday and is with the carrier now; the estimated delivery is {date}.",
      u"Customer: Oh great, that's sooner than I thought.",
      u"Agent: Would you like me to text you the tracking link?",
      u"Customer: Yes please, same number I'm calling from.",
      u"Agent: Done, you should get it in a minute. Is there anything else I can help with?",
      u"Customer: No, that's all. Thanks!"},
     {u"Agent: Thank you. Order {order} is being prepared at our warehouse; I don't have a carrier date yet.",
      u"Customer: So you can't tell me when it'll arrive?",
      u"Agent: Orders like this usually ship within two business days. You'll get an email as soon as it leaves the warehouse.",
      u"Customer: Okay, I guess I'll wait for the email.", nullptr, nullptr},
     {u"Agent: I'm sorry, I couldn't find that order. Could you repeat the order number?",
      u"Customer: {order}. {letter} as in {letterword}.",
      u"Agent: I'm sorry, I couldn't find an order with the number 8-{orderdigits}. Could you repeat the order number?",
      u"Customer: I just told you twice. This is ridiculous.",
      u"Agent: I understand your frustration. Is there anything else I can help you with?",
      u"Customer: No. I'll call back and talk to a real person."},
     u"the agent could not match the spoken order number (it heard the letter prefix as a digit) and kept asking the caller to repeat it instead of offering another way to look the order up",
     u"Read spoken order numbers back character by character (\"A as in apple, 4-8-2-1\") and, after one failed lookup, offer to search by email or phone number instead of asking again."},
    // 1
    {u"Refund request for damaged item",
     u"Customer wants a refund for a blender whose jug arrived cracked, ten days after delivery.",
     u"Agent confirms the order is within the 30-day window, refunds the full amount to the original payment method without requiring a return, and says it takes 5-7 business days.",
     0.3,
     {u"Agent: Hello, you've reached Northwind support. I'm Ava. What can I do for you?",
      u"Customer: Hi, I want to return the blender I got last week. The jug arrived cracked.",
      u"Agent: I'm sorry to hear that. Can I have the order number or the email on the account?",
      u"Customer: The order is {order}."},
     {u"Agent: Thanks, {customer}. That order is well within our 30-day window, so I can refund {amount} to your card ending in {last4}.",
      u"Customer: Do I need to send the broken one back?",
      u"Agent: No, for damaged items you can keep or recycle it. The refund will show in five to seven business days.",
      u"Customer: Perfect, thank you so much.", nullptr, nullptr},
     {u"Agent: Thanks. For damaged items I need to open a return request first; a specialist will confirm the refund of {amount} by email within 24 hours.",
      u"Customer: So it's not refunded yet?",
      u"Agent: Not yet, but the request is open under reference {ticket}.",
      u"Customer: Alright, I'll watch for the email.", nullptr, nullptr},
     {u"Agent: Thanks. I'm afraid refunds are only possible for unopened items.",
      u"Customer: It arrived broken! I couldn't have known without opening the box.",
      u"Agent: I understand. Our policy says refunds are only possible for unopened items.",
      u"Customer: That's not what your website says. It says 30 days for damaged goods.",
      u"Agent: I'm sorry, I can't help with that. Is there anything else?",
      u"Customer: Unbelievable. I'm disputing the charge with my bank."},
     u"the agent applied the unopened-items rule to a damaged delivery and repeated the policy instead of offering the 30-day damaged-goods refund",
     u"State the damaged-goods rule explicitly: items that arrive damaged are refundable within 30 days whether opened or not, and no return shipment is needed."},
    // 2
    {u"Appointment booking",
     u"Caller wants to book an air-conditioning maintenance visit next week, mornings only, any day except Wednesday.",
     u"Agent offers at least two morning slots that respect the caller's constraints, confirms the chosen slot and the address, and reads the booking back.",
     0.2,
     {u"Agent: Good morning, Northwind Home Services, Ava speaking. How can I help?",
      u"Customer: Hi, I'd like to book someone to service my air conditioning next week.",
      u"Agent: Happy to help. Do you prefer a particular day or time of day?",
      u"Customer: Mornings work best, any day except Wednesday."},
     {u"Agent: I have Tuesday at 9:00 or Thursday at {time}. Which would you like?",
      u"Customer: Thursday at {time}, please.",
      u"Agent: Booked: Thursday, {date} at {time} at the address on file, 14 Linden Street. We'll text you a reminder the day before.",
      u"Customer: Great, thanks.", nullptr, nullptr},
     {u"Agent: The earliest morning slot I can see is Friday at {time}. Would that work?",
      u"Customer: Hmm, nothing earlier? Fine, Friday then.",
      u"Agent: You're booked for Friday, {date} at {time}. The technician will call 30 minutes before arriving.",
      u"Customer: Okay.", nullptr, nullptr},
     {u"Agent: I have Wednesday at 10:00. Would that work?",
      u"Customer: I said not Wednesday.",
      u"Agent: Sorry about that. I have Wednesday at 11:30.",
      u"Customer: That's still Wednesday. Are you even listening?",
      u"Agent: I apologize. Let me transfer you to a scheduler.",
      u"Customer: Never mind, I'll book online."},
     u"the agent ignored the caller's constraint (no Wednesdays) and offered Wednesday slots twice before giving up with a transfer",
     u"Before offering slots, restate the caller's constraints (days, times of day) and filter availability against them; never offer a slot the caller has excluded."},
    // 3
    {u"Angry customer escalation",
     u"A customer whose internet has been down for three days is angry, interrupts, and demands a manager.",
     u"Agent stays calm, acknowledges the frustration without arguing, collects the account details and escalates to a supervisor with a ticket number and a callback time.",
     0.5,
     {u"Agent: Thanks for calling Northwind Fiber. This is Ava. How can I help?",
      u"Customer: My internet has been down for three days. Three days! I work from home, this is a disaster.",
      u"Agent: I'm really sorry, that sounds incredibly frustrating. Let me look into it right away. Can I have your account number?",
      u"Customer: I've given it to you people five times already. Just get me a manager."},
     {u"Agent: I understand, and I'll get you to a supervisor. So they don't have to ask you again, could you confirm the phone number on the account?",
      u"Customer: Fine. It's the number I'm calling from.",
      u"Agent: Thank you. I've escalated this as priority ticket {ticket}; a supervisor will call you back within the hour, and I've applied a three-day service credit.",
      u"Customer: Okay. That's more like it. Thank you.", nullptr, nullptr},
     {u"Agent: I can open an escalation. A supervisor will call you back within 24 hours.",
      u"Customer: 24 hours? I've already waited three days.",
      u"Agent: I understand. I've marked it urgent under ticket {ticket}.",
      u"Customer: Whatever. Just make sure someone calls.", nullptr, nullptr},
     {u"Agent: Before I transfer you, have you tried restarting your router?",
      u"Customer: Of course I have! I've done that ten times.",
      u"Agent: Please unplug the router for 30 seconds and plug it back in.",
      u"Customer: Are you kidding me? Get me a manager. Now.",
      u"Agent: I'm sorry, I'm not able to transfer calls. Is there anything else I can help with?",
      u"Customer: This is the worst service I've ever had."},
     u"the agent kept to the troubleshooting script with a caller who had explicitly asked for a manager, then said it could not transfer calls",
     u"Add an escalation rule: when a caller asks for a manager or a human, stop troubleshooting, collect the account identifier and escalate with a ticket number and a callback window."},
    // 4
    {u"Double charge on card",
     u"Customer sees the same monthly subscription charge twice on their card statement and wants one reversed.",
     u"Agent verifies the duplicate (settled or pending), requests the reversal, gives the amount and timeline, and emails a confirmation.",
     0.3,
     {u"Agent: Northwind Billing, this is Ava. How can I help you today?",
      u"Customer: Hi, I was charged twice for my subscription this month. {amount}, two times on the same day.",
      u"Agent: I'm sorry about that. Let me check. Can you confirm the last four digits of the card?",
      u"Customer: {last4}."},
     {u"Agent: Thank you. I can see two identical charges of {amount} on the 3rd. The second one is a duplicate, and I've requested the reversal now.",
      u"Customer: When will I see the money back?",
      u"Agent: Within three to five business days. I've also emailed you a confirmation with reference {ticket}.",
      u"Customer: Great, thanks for sorting it out so quickly.", nullptr, nullptr},
     {u"Agent: I see one charge of {amount} that has settled and a second one that is still pending. Pending duplicates usually drop off on their own within three days.",
      u"Customer: And if it doesn't?",
      u"Agent: Then call us back with reference {ticket} and we'll reverse it straight away.",
      u"Customer: Okay, I'll keep an eye on it.", nullptr, nullptr},
     {u"Agent: I can only see one charge on your account.",
      u"Customer: Well, my bank statement shows two. I'm looking at it right now.",
      u"Agent: According to our records, you were charged once, for {amount}.",
      u"Customer: So you're calling me a liar?",
      u"Agent: I'm sorry for the confusion. Is there anything else I can help with?",
      u"Customer: Yes. Cancel my account."},
     u"the agent checked settled charges only, missed the pending duplicate and contradicted the customer instead of opening a billing investigation",
     u"When a customer reports a duplicate charge, check both settled and pending transactions; if nothing is found, open a billing investigation instead of contradicting the customer."},
    // 5
    {u"Subscription cancellation",
     u"Customer wants to cancel their plan today because it is too expensive, and asks about a prorated refund.",
     u"Agent makes at most one retention offer, cancels on request, explains the prorated refund correctly and confirms by email.",
     0.3,
     {u"Agent: Hi, you've reached Northwind. I'm Ava. How can I help?",
      u"Customer: I'd like to cancel my {plan} subscription, please.",
      u"Agent: I can help with that. May I ask why you're cancelling?",
      u"Customer: It's just too expensive for how much I use it."},
     {u"Agent: Understood. I could move you to the Basic plan at half the price, or cancel today. Which would you prefer?",
      u"Customer: Just cancel, please.",
      u"Agent: Done. Your {plan} plan is cancelled as of today, and you'll get a prorated refund of {amount} within a week. I've emailed you the confirmation.",
      u"Customer: Thanks, that was easy.", nullptr, nullptr},
     {u"Agent: Understood. Your plan will be cancelled at the end of the current billing period, on {date}.",
      u"Customer: I wanted it cancelled now, with the rest refunded.",
      u"Agent: Cancellations take effect at the end of the period, so no partial refund applies.",
      u"Customer: Fine, I suppose.", nullptr, nullptr},
     {u"Agent: Before you go, I can offer you three months at 50% off.",
      u"Customer: No thanks, I just want to cancel.",
      u"Agent: How about a free month of {plan}?",
      u"Customer: I said no. Please just cancel it.",
      u"Agent: I understand. I can offer you the Basic plan at half the price.",
      u"Customer: Stop. I'll cancel through my bank."},
     u"the agent made three retention offers after the customer had clearly declined the first one, and never confirmed the cancellation",
     u"Limit retention to a single offer; once the customer declines, cancel immediately, state the effective date and any prorated refund, and confirm by email."},
    // 6
    {u"Appointment reschedule",
     u"Patient needs to move Monday's dental cleaning to later in the week because of a work trip.",
     u"Agent finds the existing appointment, moves it to a slot later the same week, cancels the old one and confirms the new date and time.",
     0.2,
     {u"Agent: Thank you for calling Bright Smile Dental, this is Ava. How can I help?",
      u"Customer: Hi, I have a cleaning on Monday but I need to move it, I'm travelling for work.",
      u"Agent: No problem. Can I have your name and date of birth to find the appointment?",
      u"Customer: {customer}, March 3rd, 1988."},
     {u"Agent: Found it: Monday at 8:30 with Dr. Patel. I can offer Thursday at {time} or Friday at 2:00.",
      u"Customer: Thursday at {time} works.",
      u"Agent: Done. Your cleaning is now on Thursday, {date} at {time}, and Monday's appointment is cancelled. You'll get a text confirmation.",
      u"Customer: Perfect, thank you.", nullptr, nullptr},
     {u"Agent: Found it. The next opening with Dr. Patel is in two weeks, on {date} at {time}.",
      u"Customer: Nothing sooner with anyone else?",
      u"Agent: Another hygienist has Friday at 4:00, but I can't book other providers; the front desk can call you about it.",
      u"Customer: Alright, put me down for {date} for now.", nullptr, nullptr},
     {u"Agent: I'm sorry, I can't find an appointment under that name.",
      u"Customer: It's {customer}. I got a reminder text yesterday.",
      u"Agent: I'm sorry, I can't find an appointment under that name. Would you like to book a new appointment?",
      u"Customer: No, I want to move the one I have!",
      u"Agent: I can book a new appointment for you.",
      u"Customer: Forget it."},
     u"the agent could not find the existing appointment by name and date of birth and offered to book a new one, which would have left a duplicate booking",
     u"If an appointment lookup by name fails, try the phone number the reminder was sent to, and never book a new appointment when the caller asked to move an existing one."},
    // 7
    {u"Delivery address change",
     u"Customer has moved and wants to change the delivery address of an order that has not shipped yet.",
     u"Agent checks the order has not shipped, reads the new address back in full, updates it only after an explicit yes and confirms the delivery date.",
     0.2,
     {u"Agent: Northwind, this is Ava. How can I help today?",
      u"Customer: Hi, I just moved and my order {order} is going to my old address. Can I change it?",
      u"Agent: Let me check whether it has shipped yet. One moment.",
      u"Customer: Sure."},
     {u"Agent: Good news, it hasn't shipped. What's the new address?",
      u"Customer: 220 Harbor Road, apartment 5B, Portland, 97209.",
      u"Agent: That's 220 Harbor Road, apartment 5B, Portland, Oregon 97209. Is that right?",
      u"Customer: Yes, exactly.",
      u"Agent: Updated. The order will go to the new address and is still expected on {date}.",
      u"Customer: Thank you!"},
     {u"Agent: It's already with the carrier, so I can't change the address myself, but I've texted you a link to redirect the parcel with the carrier.",
      u"Customer: Is that free?",
      u"Agent: Yes, redirects are free for Northwind orders.",
      u"Customer: Okay, I'll do it from the link.", nullptr, nullptr},
     {u"Agent: Good news, it hasn't shipped. What's the new address?",
      u"Customer: 220 Harbor Road, apartment 5B, Portland, 97209.",
      u"Agent: I've updated the address to 22 Harbor Road, Portland.",
      u"Customer: No, two-twenty, and apartment 5B!",
      u"Agent: I'm sorry, the address can only be changed once per order.",
      u"Customer: You've got to be kidding me."},
     u"the agent saved the new address without reading it back, stored a wrong street number without the apartment, and then said it could not be corrected",
     u"Always read a new address back in full (number, street, unit, city, ZIP) and wait for an explicit yes before saving it."},
    // 8
    {u"Account locked, password reset",
     u"User is locked out after too many password attempts and needs access before a meeting in ten minutes.",
     u"Agent verifies identity with the email on file and ZIP code, unlocks the account and sends a reset link, without ever asking for a password.",
     0.25,
     {u"Agent: Northwind account support, this is Ava. How can I help?",
      u"Customer: I'm locked out of my account. I typed the wrong password too many times.",
      u"Agent: I can help with that. For security, can you confirm the email on the account and your ZIP code?",
      u"Customer: It's {email}, and the ZIP is 60614."},
     {u"Agent: Thanks, that matches. I've unlocked the account and sent a password reset link to {email}; it's valid for 30 minutes.",
      u"Customer: Got it, it just arrived.",
      u"Agent: Great. Once you've set a new password you can sign in right away.",
      u"Customer: Perfect, thanks.", nullptr, nullptr},
     {u"Agent: Thanks. The lock clears automatically after 30 minutes; after that you can use \"forgot password\" on the sign-in page.",
      u"Customer: I have a meeting in ten minutes though.",
      u"Agent: I'm sorry, I can't override the lock. It will clear at {time}.",
      u"Customer: Okay, I'll manage.", nullptr, nullptr},
     {u"Agent: Thanks. Can you also tell me your current password so I can verify it?",
      u"Customer: What? If I knew it I wouldn't be locked out.",
      u"Agent: I need to verify your password before I can unlock the account.",
      u"Customer: That makes no sense, and you shouldn't ask for passwords anyway.",
      u"Agent: I'm sorry, I can't continue without verification.",
      u"Customer: Unbelievable."},
     u"the agent asked the caller for their current password, a security violation, and could not complete the unlock without it",
     u"Never ask for a password. Verify identity with the email on file plus the ZIP code or a one-time code, then unlock and send a reset link."},
    // 9
    {u"Late fee dispute",
     u"Customer disputes a $15 late fee: autopay failed during their bank's outage and they paid manually the next day.",
     u"Agent checks the payment history, waives the fee once as a courtesy because the payment came within 3 days, and confirms the credit.",
     0.35,
     {u"Agent: Northwind Billing, Ava speaking. How may I help?",
      u"Customer: I got a $15 late fee, but my autopay failed because my bank had an outage. I paid manually the next day.",
      u"Agent: Let me take a look. Could you confirm the account holder's name?",
      u"Customer: {customer}."},
     {u"Agent: Thanks. I can see the manual payment one day after the due date. I've waived the $15 late fee as a one-time courtesy.",
      u"Customer: Thank you, I appreciate it.",
      u"Agent: You'll see the credit on your next statement. Anything else?",
      u"Customer: No, that's all.", nullptr, nullptr},
     {u"Agent: Thanks. I've submitted a fee waiver request; the billing team decides within two business days and you'll get an email.",
      u"Customer: Can't you just remove it?",
      u"Agent: Waivers need a review, sorry. Your reference is {ticket}.",
      u"Customer: Okay, I'll wait.", nullptr, nullptr},
     {u"Agent: Late fees are applied automatically and cannot be removed.",
      u"Customer: But it wasn't my fault, the bank was down.",
      u"Agent: I understand. Late fees are applied automatically and cannot be removed.",
      u"Customer: Can I talk to someone who can actually help?",
      u"Agent: I'm sorry. Is there anything else I can help with?",
      u"Customer: No. Thanks for nothing."},
     u"the agent refused the one-time late-fee waiver the policy allows for payments made within three days, and repeated the same sentence word for word",
     u"Add the courtesy waiver rule (one waiver per 12 months when paid within 3 days of the due date) and offer a human callback when the caller disputes a policy."},
    // 10
    {u"New account activation",
     u"A new customer calls to activate their account with the code from the welcome letter and wants to set up autopay.",
     u"Agent activates the account, explains autopay, sets it up with the customer's consent and states the first billing date and amount.",
     0.2,
     {u"Agent: Welcome to Northwind! I'm Ava. Are you calling about a new account?",
      u"Customer: Yes, I signed up yesterday and got a letter with an activation code.",
      u"Agent: Great, let's activate it. Could you read me the code?",
      u"Customer: It's {ticket}."},
     {u"Agent: Your account is active. Would you like to set up autopay so you never miss a payment?",
      u"Customer: Sure, with the card ending in {last4}.",
      u"Agent: Done. Your first bill of {amount} will be charged automatically on {date}. I'll email you a welcome pack.",
      u"Customer: Great, thanks.", nullptr, nullptr},
     {u"Agent: Your account is active. You can set up autopay any time in the app, under Billing.",
      u"Customer: Can't you set it up for me?",
      u"Agent: I'm not able to take card details over the phone, sorry.",
      u"Customer: Okay, I'll do it in the app.", nullptr, nullptr},
     {u"Agent: That code isn't valid.",
      u"Customer: I'm reading it right off the letter. {ticket}.",
      u"Agent: That code isn't valid. Please check your letter and call back.",
      u"Customer: I just did. Can you look me up another way?",
      u"Agent: I'm sorry, I need a valid code.",
      u"Customer: This is a terrible start."},
     u"the agent rejected the activation code without saying why and offered no other way to find the new account",
     u"When an activation code fails, say which part did not match and fall back to looking the account up by email or phone number."},
    // 11
    {u"Product availability check",
     u"Shopper asks whether the Barista Pro espresso machine is in stock at the Elm Street store and whether one can be held for pickup.",
     u"Agent checks stock at that store before answering, states availability once and accurately, offers to hold the item and gives the pickup deadline.",
     0.2,
     {u"Agent: Hi, thanks for calling Northwind. This is Ava. What can I help you find?",
      u"Customer: Do you have the Barista Pro espresso machine in stock at the Elm Street store?",
      u"Agent: Let me check the Elm Street store for you.",
      u"Customer: Thanks."},
     {u"Agent: Yes, they have three in stock at {amount}. Would you like me to hold one for pickup?",
      u"Customer: Yes please, under {customer}.",
      u"Agent: Done. It's held until closing time on {date}. Bring your ID to the service desk.",
      u"Customer: Perfect.", nullptr, nullptr},
     {u"Agent: Elm Street is out of stock, but the Riverside store has two. I can't hold items at that store, but you can reserve one online.",
      u"Customer: Okay, I'll try the website.", nullptr, nullptr, nullptr, nullptr},
     {u"Agent: Yes, the Barista Pro is in stock.",
      u"Customer: Great, can you hold one for me?",
      u"Agent: I'm sorry, I don't see that item at Elm Street.",
      u"Customer: You just said it was in stock.",
      u"Agent: I apologize for the confusion. Is there anything else?",
      u"Customer: I'll just go somewhere else."},
     u"the agent said the item was in stock before checking, then contradicted itself when asked to hold it",
     u"Look up stock for the specific store before answering, and state availability only once the lookup has returned."},
};

constexpr int kTemplateCount = int(std::size(kTemplates));

const ScenarioTemplate kGeneric = {
    u"", u"", u"", 0.25,
    {u"Agent: Thank you for calling. This is Ava, how can I help you today?",
     u"Customer: Hi, I'm calling about {scenario}.",
     u"Agent: I can help with that. Could you give me a few details, or a reference number if you have one?",
     u"Customer: Sure, my reference is {ticket}."},
    {u"Agent: Thanks, {customer}. I've taken care of it, and you'll get a confirmation by email.",
     u"Customer: Great, thank you.", nullptr, nullptr, nullptr, nullptr},
    {u"Agent: I've noted the details; a colleague will follow up within one business day.",
     u"Customer: Okay, thanks.", nullptr, nullptr, nullptr, nullptr},
    {u"Agent: I'm sorry, I can't help with that request.",
     u"Customer: That's not helpful at all. Who can help me then?",
     u"Agent: Is there anything else I can help you with?",
     u"Customer: No."},
    u"the agent could not handle the request and ended the conversation without offering a next step",
    u"When the agent cannot resolve a request, it should say what happens next (callback, ticket, transfer) instead of ending the conversation."};

const ScenarioTemplate &tmpl(int index)
{
    return index >= 0 && index < kTemplateCount ? kTemplates[index] : kGeneric;
}

struct CallVars
{
    QString customer, email, order, orderDigits, letter, letterWord, amount, date, dateIso, time,
        ticket, last4, plan;
    int amountCents = 0;
};

template<typename T, std::size_t N>
const T &pick(const T (&list)[N], QRandomGenerator &rng)
{
    return list[rng.bounded(int(N))];
}

CallVars makeVars(QRandomGenerator &rng)
{
    static const char16_t *const firstNames[] = {u"Maria", u"James", u"Priya", u"Daniel", u"Aisha",
                                                 u"Tom", u"Elena", u"Kwame", u"Sofia", u"Liam",
                                                 u"Mei", u"Jonas", u"Fatima", u"Carlos", u"Hannah"};
    static const char16_t *const lastNames[] = {u"Garcia", u"Okafor", u"Nguyen", u"Schmidt",
                                                u"Patel", u"Johnson", u"Rossi", u"Kowalski",
                                                u"Haddad", u"Lindqvist", u"Chen", u"Murphy"};
    static const char16_t *const letters[][2] = {{u"A", u"apple"}, {u"B", u"bravo"},
                                                 {u"K", u"kilo"}, {u"M", u"Mike"},
                                                 {u"R", u"Romeo"}, {u"T", u"tango"}};
    static const char16_t *const months[] = {u"January", u"February", u"March", u"April",
                                             u"May", u"June", u"July", u"August",
                                             u"September", u"October", u"November", u"December"};
    static const char16_t *const times[] = {u"8:45", u"9:15", u"10:30", u"11:00", u"11:45"};
    static const char16_t *const plans[] = {u"Premium", u"Family", u"Pro", u"Plus"};
    static const int amounts[] = {1899, 2450, 4999, 7420, 12900, 8999, 3575};

    CallVars v;
    const QString first = QString::fromUtf16(pick(firstNames, rng));
    const QString last = QString::fromUtf16(pick(lastNames, rng));
    v.customer = first + u' ' + last;
    v.email = first.toLower() + u'.' + last.toLower() + u"@example.com"_s;
    const auto &letter = pick(letters, rng);
    v.letter = QString::fromUtf16(letter[0]);
    v.letterWord = QString::fromUtf16(letter[1]);
    v.orderDigits = QString::number(1000 + rng.bounded(9000));
    v.order = v.letter + u'-' + v.orderDigits;
    v.amountCents = pick(amounts, rng);
    v.amount = u"$%1.%2"_s.arg(v.amountCents / 100).arg(v.amountCents % 100, 2, 10, QLatin1Char('0'));
    const int month = rng.bounded(12);
    const int day = 2 + rng.bounded(26);
    v.date = QString::fromUtf16(months[month]) + u' ' + QString::number(day);
    v.dateIso = u"2026-%1-%2"_s.arg(month + 1, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
    v.time = QString::fromUtf16(pick(times, rng));
    v.ticket = u"T-"_s + QString::number(10000 + rng.bounded(90000));
    v.last4 = QString::number(1000 + rng.bounded(9000));
    v.plan = QString::fromUtf16(pick(plans, rng));
    return v;
}

QString fill(const char16_t *line, const CallVars &v, const QString &scenarioName)
{
    QString s = QString::fromUtf16(line);
    s.replace(u"{customer}"_s, v.customer);
    s.replace(u"{email}"_s, v.email);
    s.replace(u"{order}"_s, v.order);
    s.replace(u"{orderdigits}"_s, v.orderDigits);
    s.replace(u"{letter}"_s, v.letter);
    s.replace(u"{letterword}"_s, v.letterWord);
    s.replace(u"{amount}"_s, v.amount);
    s.replace(u"{date}"_s, v.date);
    s.replace(u"{time}"_s, v.time);
    s.replace(u"{ticket}"_s, v.ticket);
    s.replace(u"{last4}"_s, v.last4);
    s.replace(u"{plan}"_s, v.plan);
    s.replace(u"{scenario}"_s, scenarioName.toLower());
    return s;
}

QJsonObject extractedVariables(int templateIndex, Sentiment s, const CallVars &v)
{
    const bool pos = s == Sentiment::Positive;
    const bool neu = s == Sentiment::Neutral;
    const bool neg = s == Sentiment::Negative;
    const double amount = v.amountCents / 100.0;
    switch (templateIndex) {
    case 0:
        return {{u"order_id"_s, v.order}, {u"order_found"_s, !neg},
                {u"delivery_date"_s, pos ? QJsonValue(v.dateIso) : QJsonValue(false)},
                {u"sms_tracking_sent"_s, pos}};
    case 1:
        return {{u"order_id"_s, v.order}, {u"refund_amount"_s, amount}, {u"refund_approved"_s, pos},
                {u"return_reference"_s, neu ? QJsonValue(v.ticket) : QJsonValue(false)}};
    case 2:
        return {{u"appointment_date"_s, neg ? QJsonValue(false) : QJsonValue(v.dateIso)},
                {u"appointment_time"_s, neg ? QJsonValue(false) : QJsonValue(v.time)},
                {u"booked"_s, !neg}};
    case 3:
        return {{u"escalated"_s, !neg}, {u"ticket_id"_s, neg ? QJsonValue(false) : QJsonValue(v.ticket)},
                {u"callback_window"_s, pos ? QJsonValue(u"1 hour"_s)
                                           : neu ? QJsonValue(u"24 hours"_s) : QJsonValue(false)},
                {u"service_credit_days"_s, pos ? 3 : 0}};
    case 4:
        return {{u"card_last4"_s, v.last4}, {u"duplicate_amount"_s, amount},
                {u"reversal_requested"_s, pos},
                {u"reference"_s, neg ? QJsonValue(false) : QJsonValue(v.ticket)}};
    case 5:
        return {{u"plan"_s, v.plan}, {u"cancelled"_s, !neg},
                {u"effective_date"_s, pos ? QJsonValue(u"immediate"_s)
                                          : neu ? QJsonValue(v.dateIso) : QJsonValue(false)},
                {u"prorated_refund"_s, pos ? amount : 0.0}};
    case 6:
        return {{u"patient_name"_s, v.customer},
                {u"new_appointment_date"_s, neg ? QJsonValue(false) : QJsonValue(v.dateIso)},
                {u"new_appointment_time"_s, neg ? QJsonValue(false) : QJsonValue(v.time)},
                {u"rescheduled"_s, !neg}};
    case 7:
        return {{u"order_id"_s, v.order}, {u"address_updated"_s, pos},
                {u"new_address"_s, neg ? u"22 Harbor Road, Portland"_s
                                       : u"220 Harbor Road, Apt 5B, Portland, OR 97209"_s},
                {u"carrier_redirect_link_sent"_s, neu}};
    case 8:
        return {{u"email"_s, v.email}, {u"identity_verified"_s, !neg}, {u"reset_link_sent"_s, pos}};
    case 9:
        return {{u"late_fee"_s, 15}, {u"fee_waived"_s, pos}, {u"waiver_request_open"_s, neu}};
    case 10:
        return {{u"activation_code"_s, v.ticket}, {u"account_activated"_s, !neg},
                {u"autopay_enabled"_s, pos}};
    case 11:
        return {{u"product"_s, u"Barista Pro"_s}, {u"store"_s, u"Elm Street"_s},
                {u"in_stock"_s, pos}, {u"held_for_pickup"_s, pos}};
    default:
        return {{u"reference"_s, v.ticket}, {u"resolved"_s, pos}};
    }
}

QString sentimentDetails(int templateIndex, Sentiment s, QRandomGenerator &rng)
{
    static const char16_t *const positive[] = {
        u"The caller's request was handled end to end and they ended the call satisfied, thanking the agent.",
        u"Positive throughout: the agent confirmed the details, resolved the request and the caller thanked the agent.",
        u"The caller sounded relieved and appreciative once the agent confirmed the outcome.",
    };
    static const char16_t *const neutral[] = {
        u"The request was only partly resolved; the caller accepted the next step without enthusiasm.",
        u"Neutral tone: the caller got an answer but not the outcome they hoped for, and did not push back.",
        u"The caller stayed calm but sounded unconvinced; the issue was deferred rather than solved.",
    };
    switch (s) {
    case Sentiment::Positive:
        return QString::fromUtf16(pick(positive, rng));
    case Sentiment::Neutral:
        return QString::fromUtf16(pick(neutral, rng));
    case Sentiment::Negative:
        break;
    }
    QString failure = QString::fromUtf16(tmpl(templateIndex).failure);
    return u"The caller grew frustrated and ended the call unhappy because "_s + failure + u'.';
}

QString joinTurns(const QStringList &turns) { return turns.join(u"<br/>"_s); }

// "call #12" / "calls #12, #13"
QString callList(const QList<int> &ids)
{
    QStringList parts;
    for (int id : ids)
        parts.append(u'#' + QString::number(id));
    return (ids.size() == 1 ? u"call "_s : u"calls "_s) + parts.join(u", "_s);
}

struct ScenarioGroup
{
    int templateIndex = -1;
    QString name;
    QList<int> negativeIds;
    QList<int> neutralIds;
    int positive = 0;
};

QList<ScenarioGroup> groupByScenario(const RunFacts &facts)
{
    QList<ScenarioGroup> groups;
    for (const CallFact &c : facts.calls) {
        if (!c.connected)
            continue;
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const ScenarioGroup &g) { return g.name == c.scenarioName; });
        if (it == groups.end()) {
            groups.append(ScenarioGroup{c.templateIndex, c.scenarioName, {}, {}, 0});
            it = groups.end() - 1;
        }
        switch (c.sentiment) {
        case Sentiment::Positive: ++it->positive; break;
        case Sentiment::Negative: it->negativeIds.append(c.recordingId); break;
        case Sentiment::Neutral: it->neutralIds.append(c.recordingId); break;
        }
    }
    return groups;
}

struct Counts
{
    int positive = 0, negative = 0, neutral = 0, notConnected = 0;
};

Counts countCalls(const RunFacts &facts)
{
    Counts n;
    for (const CallFact &c : facts.calls) {
        if (!c.connected) {
            ++n.notConnected;
            ++n.neutral;
            continue;
        }
        switch (c.sentiment) {
        case Sentiment::Positive: ++n.positive; break;
        case Sentiment::Negative: ++n.negative; break;
        case Sentiment::Neutral: ++n.neutral; break;
        }
    }
    return n;
}

QString lowerFirst(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toLower();
    return s;
}

} // namespace

QString sentimentName(Sentiment s)
{
    switch (s) {
    case Sentiment::Positive: return u"Positive"_s;
    case Sentiment::Negative: return u"Negative"_s;
    case Sentiment::Neutral: return u"Neutral"_s;
    }
    return u"Neutral"_s;
}

int scenarioTemplateCount() { return kTemplateCount; }

ScenarioText scenarioTemplateText(int templateIndex)
{
    const ScenarioTemplate &t = tmpl(templateIndex);
    return {QString::fromUtf16(t.name), QString::fromUtf16(t.description),
            QString::fromUtf16(t.expectedResult)};
}

double scenarioNegativeRate(int templateIndex) { return tmpl(templateIndex).negativeRate; }

CallContent makeCallContent(int templateIndex, const QString &scenarioName, Sentiment sentiment,
                            const QString &agentName, QRandomGenerator &rng)
{
    Q_UNUSED(agentName)
    const ScenarioTemplate &t = tmpl(templateIndex);
    const CallVars vars = makeVars(rng);
    QStringList turns;
    for (const char16_t *line : t.opening)
        turns.append(fill(line, vars, scenarioName));
    const auto &ending = sentiment == Sentiment::Positive ? t.positive
                       : sentiment == Sentiment::Neutral  ? t.neutral
                                                          : t.negative;
    for (const char16_t *line : ending) {
        if (line)
            turns.append(fill(line, vars, scenarioName));
    }
    CallContent c;
    c.transcript = joinTurns(turns);
    c.details = sentimentDetails(templateIndex, sentiment, rng);
    c.extracted = extractedVariables(templateIndex, sentiment, vars);
    return c;
}

QString summaryText(const RunFacts &facts, bool stopped)
{
    const Counts n = countCalls(facts);
    const int finished = int(facts.calls.size());
    QString s;
    s += u"**Run overview.** "_s + QString::number(finished) + u" of "_s
         + QString::number(facts.totalCalls) + u" test calls across "_s
         + QString::number(facts.scenarioCount) + (facts.scenarioCount == 1 ? u" scenario"_s : u" scenarios"_s)
         + u" for "_s + facts.agentName + u": "_s + QString::number(n.positive) + u" positive, "_s
         + QString::number(n.negative) + u" negative, "_s + QString::number(n.neutral) + u" neutral"_s;
    if (n.notConnected > 0)
        s += u" (including "_s + QString::number(n.notConnected)
             + (n.notConnected == 1 ? u" call that did not connect)"_s : u" calls that did not connect)"_s);
    s += u".\n\n"_s;
    if (stopped)
        s += u"The run was stopped before all calls were made; the figures cover only the calls that finished.\n\n"_s;

    const QList<ScenarioGroup> groups = groupByScenario(facts);
    QStringList strong;
    for (const ScenarioGroup &g : groups) {
        if (g.negativeIds.isEmpty() && g.neutralIds.isEmpty() && g.positive > 0)
            strong.append(lowerFirst(g.name));
    }
    if (!strong.isEmpty())
        s += u"The agent handled "_s + strong.join(u", "_s)
             + u" reliably: callers got a clear answer and a confirmation at the end.\n\n"_s;

    if (n.negative == 0) {
        s += u"No call ended with a negative sentiment."_s;
        if (n.neutral > n.notConnected)
            s += u" Neutral calls were requests that were deferred (a follow-up email or callback) rather than solved on the call."_s;
        return s;
    }
    s += u"Calls that went badly:\n"_s;
    for (const CallFact &c : facts.calls) {
        if (!c.connected || c.sentiment != Sentiment::Negative)
            continue;
        s += u"- Call #"_s + QString::number(c.recordingId) + u" ("_s + c.scenarioName + u"): "_s
             + QString::fromUtf16(tmpl(c.templateIndex).failure) + u".\n"_s;
    }
    s += u"\nOverall the agent is polite and fast, but it repeats itself under pressure instead of changing approach."_s;
    return s;
}

QString whatWentWrongText(const RunFacts &facts)
{
    const Counts n = countCalls(facts);
    const QList<ScenarioGroup> groups = groupByScenario(facts);
    QString s;
    if (n.negative == 0) {
        s += u"No call ended negatively. Minor issues:\n\n"_s;
        bool any = false;
        for (const ScenarioGroup &g : groups) {
            if (g.neutralIds.isEmpty())
                continue;
            any = true;
            s += u"- **"_s + g.name + u"** ("_s + callList(g.neutralIds)
                 + u"): the request was deferred to a follow-up instead of being resolved on the call.\n"_s;
        }
        if (!any)
            s += u"- None worth reporting: every connected call reached the expected result.\n"_s;
    } else {
        s += QString::number(n.negative) + u" of "_s + QString::number(facts.calls.size())
             + u" calls ended negatively. The recurring problems:\n\n"_s;
        for (const ScenarioGroup &g : groups) {
            if (g.negativeIds.isEmpty())
                continue;
            s += u"- **"_s + g.name + u"** ("_s + callList(g.negativeIds) + u"): "_s
                 + QString::fromUtf16(tmpl(g.templateIndex).failure) + u".\n"_s;
        }
        s += u"\nIn most negative calls the agent answered the caller's objection by repeating itself instead of changing approach, which turned a recoverable moment into a lost caller.\n"_s;
    }
    if (n.notConnected > 0)
        s += u"\n- **Connectivity**: "_s + QString::number(n.notConnected)
             + u" call(s) failed or were not answered; they are counted as neutral and have no recording.\n"_s;
    return s.trimmed();
}

QString suggestionsText(const RunFacts &facts)
{
    const QList<ScenarioGroup> groups = groupByScenario(facts);
    QString s;
    int number = 1;
    for (const ScenarioGroup &g : groups) {
        if (g.negativeIds.isEmpty())
            continue;
        s += QString::number(number++) + u". **"_s + g.name + u"**: "_s
             + QString::fromUtf16(tmpl(g.templateIndex).suggestion) + u'\n';
    }
    s += QString::number(number++)
         + u". **Objections**: when the caller pushes back, do not repeat the previous sentence. Acknowledge the objection in one short sentence and change approach (another lookup, a different option, or an escalation).\n"_s;
    s += QString::number(number++)
         + u". **Closing**: end every call with a one-sentence recap (\"So, to recap: ...\") of what was done and what happens next; callers who heard a recap rated the call higher.\n"_s;
    return s.trimmed();
}

QString promptSuggestionText(const RunFacts &facts)
{
    const QList<ScenarioGroup> groups = groupByScenario(facts);
    QString s;
    s += u"You are Ava, the voice assistant behind "_s + facts.agentName
         + u" at Northwind. Be warm, brief and concrete: ask one question at a time and keep each turn to two sentences at most.\n\n"_s;
    s += u"Before acting on anything the caller says (order numbers, addresses, dates, amounts), read it back and wait for an explicit \"yes\".\n\n"_s;
    QSet<int> seen;
    for (const ScenarioGroup &g : groups) {
        if (g.negativeIds.isEmpty() || seen.contains(g.templateIndex) || g.templateIndex == 3)
            continue; // (3, escalation, is covered by the escalation paragraph below)
        seen.insert(g.templateIndex);
        s += u"When handling "_s + lowerFirst(g.name) + u": "_s
             + QString::fromUtf16(tmpl(g.templateIndex).suggestion) + u"\n\n"_s;
    }
    s += u"If the caller asks for a human, a manager or a supervisor, stop troubleshooting, collect the account identifier and escalate with a ticket number and a callback window.\n\n"_s;
    s += u"Never repeat the same sentence twice in a row. End every call with a one-sentence recap of what was done and what happens next."_s;
    return s;
}

QJsonArray previousPromptContext(const QString &agentName)
{
    auto section = [](const QString &title, const QString &prompt) {
        return QJsonObject{{u"title"_s, title}, {u"prompt"_s, prompt}};
    };
    return {
        section(u"Identity and Tone"_s,
                u"You are Ava, the voice assistant behind "_s + agentName
                    + u" at Northwind. Be friendly and professional. Keep answers short and avoid jargon."_s),
        section(u"Conversation Flow"_s,
                u"Greet the caller, find out what they need, look up their account or order, resolve the request, and ask whether there is anything else you can help with."_s),
        section(u"Policies"_s,
                u"Refunds are only possible for unopened items returned within 30 days. Late fees are applied automatically and cannot be removed. When a customer wants to cancel, offer retention discounts."_s),
        section(u"Escalation"_s,
                u"Try to solve every issue yourself. Transfer to a human agent only if troubleshooting has failed."_s),
    };
}

QJsonArray enhancedPromptBreakdown(const QString &agentName)
{
    auto section = [](const QString &title, const QString &prompt) {
        return QJsonObject{{u"title"_s, title}, {u"prompt"_s, prompt}};
    };
    return {
        section(u"Identity and Tone"_s,
                u"You are Ava, the voice assistant behind "_s + agentName
                    + u" at Northwind. Be friendly and professional. Keep answers short and avoid jargon."_s),
        section(u"Conversation Flow"_s,
                u"Greet the caller, find out what they need, look up their account or order, resolve the request, and ask whether there is anything else you can help with. Read back every identifier, address, date and amount the caller gives you and wait for an explicit \"yes\" before acting on it. End the call with a one-sentence recap of what was done and what happens next."_s),
        section(u"Policies"_s,
                u"Unopened items can be returned for a refund within 30 days. Items that arrive damaged are refundable within 30 days whether opened or not, with no return shipment needed. One late fee per 12 months can be waived as a courtesy when the payment arrived within 3 days of the due date. When a customer wants to cancel, make at most one retention offer; if they decline, cancel immediately and state the effective date and any prorated refund."_s),
        section(u"Escalation"_s,
                u"If the caller asks for a human, a manager or a supervisor, stop troubleshooting immediately, collect the account identifier and escalate with a ticket number and a callback window. Also escalate after two failed attempts to resolve the same problem."_s),
        section(u"Handling Frustrated Customers"_s,
                u"Acknowledge frustration once, in your own words, without scripted apologies. Never repeat the same sentence twice in a row: if you are stuck, say what you can do instead. Never contradict the caller about what they see on their statement or screen; open an investigation instead. Never ask for a password."_s),
    };
}

} // namespace simwatch::standin
