// The language switch: the elements follow <html lang>, so the demo only changes that.
const button = document.getElementById('language');
const heading = document.getElementById('officer-heading');
const labels = {
  bn: { switchTo: 'English', switchLang: 'en', officer: 'দায়িত্বপ্রাপ্ত কর্মকর্তা' },
  en: { switchTo: 'বাংলা', switchLang: 'bn', officer: 'Responsible officer' },
};

function show(lang) {
  document.documentElement.lang = lang;
  button.textContent = labels[lang].switchTo;
  button.lang = labels[lang].switchLang;
  heading.textContent = labels[lang].officer;
}

button.addEventListener('click', () => show(document.documentElement.lang === 'en' ? 'bn' : 'en'));
show(new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'bn');
